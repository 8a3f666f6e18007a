#!/usr/bin/env bash
# Placeholder: start|stop a test service; appends exports to $TENOR_TEST_SERVICES_DIR/env.
exit 0
