#!/bin/sh
# The grading worker's entry point in its container (root, cgroup namespace private, CAP_SYS_ADMIN).
# Docker mounts the container's own cgroup subtree read-only; the sandboxes need a cgroup each below the worker's,
# so make that subtree (and only it: the cgroup namespace hides the host's) writable, then run the worker.
set -eu
if [ -f /sys/fs/cgroup/cgroup.controllers ] && grep -qE '^[^ ]+ /sys/fs/cgroup [^ ]+ ro[, ]' /proc/self/mounts; then
  mount -o remount,rw /sys/fs/cgroup
fi
exec autograder worker "$@"
