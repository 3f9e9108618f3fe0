#!/bin/sh
# Run by tests/suites/bad_inputs.sh in a copy of this folder: an article
# one byte over the 1 MiB cap, made at test time rather than committed.
head -c 1048577 /dev/zero | tr '\000' a >big.txt
