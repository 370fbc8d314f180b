#!/usr/bin/env bash
# test_demo.sh - make demo, as a newcomer runs it: the console tree, and with the README's
# collector configuration (deploy/project.json) and nothing listening: a few seconds, a clear word.
D=examples/agent_demo
check() { if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1"; echo "$3" | sed 's/^/    /' | head -20; fi; }
out=$($D 2>&1)
check "demo: console trees with the roles, prompts and the prompt_size metric" \
  "$(echo "$out" | grep -q '^  Session.send_message' && echo "$out" | grep -q '^      CodeExecutor.execute .* ERROR' &&
     echo "$out" | grep -q 'prompt = "You are the Planner' && echo "$out" | grep -q '^metric prompt_size{direction="output"}'; echo $?)" "$out"
# nothing listens on port 1 of loopback: the configuration is the README's, the endpoint moved there
start=$(date +%s%N)
out=$(OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:1 $D deploy/project.json 2>&1)
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "demo with deploy/project.json and no collector: finishes in ${ms} ms (under 5 s)" "$([ $ms -lt 5000 ]; echo $?)" "$out"
check "demo with no collector: says nothing listens, once a process, and what was lost" \
  "$([ $rc = 0 ] && [ "$(echo "$out" | grep -c 'Connection refused (nothing listens there: is the OpenTelemetry Collector running?)')" -ge 3 ] &&
     echo "$out" | grep -q 'shutdown: 8 of 8 spans lost (8 in exports that failed)'; echo $?)" "$out"
