#!/bin/sh
# A FIFO where events.csv should be: refused at once, never waited on.
mkfifo events.csv
