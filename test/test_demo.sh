#!/usr/bin/env bash
# test_demo.sh - make demo, as a newcomer runs it: the console tree, and with the README's
# collector configuration (deploy/project.json) and nothing listening: a few seconds, a clear word.
D=examples/agent_demo
check() { if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1"; echo "$3" | sed 's/^/    /' | head -20; fi; }
out=$($D 2>&1)
check "demo: console trees with the roles, prompts and the prompt_size metric" \
  "$(echo "$out" | grep -q '^  Session.send_message' && echo "$out" | grep -q '^          CodeExecutor.execute .* ERROR' &&
     echo "$out" | grep -q 'gen_ai.input.messages = "\[{\\"role\\":\\"system\\",\\"parts\\":\[{\\"type\\":\\"text\\",\\"content\\":\\"You are the Planner' &&
     echo "$out" | grep -q '^metric prompt_size{direction="output"}'; echo $?)" "$out"
check "demo: agents, tools and LLM calls as the GenAI conventions name them, with usage and cost" \
  "$(echo "$out" | grep -q '^    invoke_agent Planner ' && echo "$out" | grep -q '^    invoke_agent CodeInterpreter ' &&
     echo "$out" | grep -q '^        execute_tool python ' && [ "$(echo "$out" | grep -c '^ *chat gpt-4o ')" = 2 ] &&
     [ "$(echo "$out" | grep -c '^ *chat gpt-4o-mini ')" = 2 ] &&
     [ "$(echo "$out" | grep -c 'twtrace.usage.output_source = "counted"')" = 2 ] && [ "$(echo "$out" | grep -c 'twtrace.usage.output_source = "provider"')" = 2 ] &&
     [ "$(echo "$out" | grep -c 'gen_ai.response.time_to_first_chunk = ')" = 2 ] && [ "$(echo "$out" | grep -c 'twtrace.cost.micros = [1-9]')" = 4 ] &&
     echo "$out" | grep -q '^metric gen_ai.client.token.usage{gen_ai.agent.name="CodeInterpreter"' &&
     echo "$out" | grep -q '^metric twtrace.gen_ai.cost{gen_ai.agent.name="Planner"'; echo $?)" "$out"
# the per-role totals the demo prints are the sums of its spans' figures
roles=$(echo "$out" | awk '/^tokens and cost by role/{f=1;next} f&&/^  (Planner|CodeInterpreter) /{print $1, $4, $6}')
spans=$(echo "$out" | awk '/gen_ai.agent.name = "Planner"/{r="Planner"} /gen_ai.agent.name = "CodeInterpreter"/{r="CodeInterpreter"}
  /^ *chat gpt/{inchat=1} /gen_ai.usage.input_tokens = /{if(inchat){i[r]+=$3}} /gen_ai.usage.output_tokens = /{if(inchat){o[r]+=$3; inchat=0}}
  END{print "Planner", i["Planner"], o["Planner"]; print "CodeInterpreter", i["CodeInterpreter"], o["CodeInterpreter"]}')
check "demo: the tokens by role at the end add up the spans' (${roles//$'\n'/; })" "$([ -n "$roles" ] && [ "$roles" = "$spans" ]; echo $?)" "$roles
--
$spans"
# nothing listens on port 1 of loopback: the configuration is the README's, the endpoint moved there
start=$(date +%s%N)
out=$(OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:1 $D deploy/project.json 2>&1)
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "demo with deploy/project.json and no collector: finishes in ${ms} ms (under 5 s)" "$([ $ms -lt 5000 ]; echo $?)" "$out"
check "demo with no collector: says nothing listens, once a process, and what was lost" \
  "$([ $rc = 0 ] && [ "$(echo "$out" | grep -c 'Connection refused (nothing listens there: is the OpenTelemetry Collector running?)')" -ge 3 ] &&
     echo "$out" | grep -q 'shutdown: 17 of 17 spans lost (17 in exports that failed)'; echo $?)" "$out"
