#!/usr/bin/env bash
# test_deploy.sh - deploy/ as the compose stack mounts it: the Grafana provisioning (Prometheus as
# data source, the twtrace dashboard) parses and is what docker-compose.yaml mounts; every query of
# the dashboard is in the README word for word; Prometheus' own promtool parses every query and
# evaluates the token and cost ones on series named as the Collector's Prometheus exporter names
# twtrace's metrics. Run from the repository root; prints PASS/FAIL lines.
OUT=test/out/deploy
mkdir -p "$OUT"
rc=0
check() { if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1"; echo "$3" | sed 's/^/    /' | head -30; rc=1; fi; }
D=deploy/grafana/dashboards/twtrace-genai.json
out=$(NODE_PATH=tools/node_modules node - "$D" "$OUT" <<'JS' 2>&1
const fs = require('fs'), yaml = require('js-yaml');
const [dash, out] = process.argv.slice(2);
const errors = [];
const d = JSON.parse(fs.readFileSync(dash, 'utf8'));
const ds = yaml.load(fs.readFileSync('deploy/grafana/provisioning/datasources/prometheus.yaml', 'utf8'));
const prov = yaml.load(fs.readFileSync('deploy/grafana/provisioning/dashboards/dashboards.yaml', 'utf8'));
const compose = yaml.load(fs.readFileSync('deploy/docker-compose.yaml', 'utf8'));
const readme = fs.readFileSync('README.md', 'utf8');
const src = ds.datasources.find((x) => x.type === 'prometheus');
if (!src || src.url !== 'http://prometheus:9090') errors.push('the provisioned data source is not the stack\'s Prometheus');
if (!compose.services.prometheus) errors.push('docker-compose.yaml has no prometheus service');
const mounts = (compose.services.grafana.volumes || []).map((v) => v.split(':'));
const mounted = (host, inside) => mounts.some(([h, c]) => h === host && c === inside);
if (!mounted('./grafana/provisioning', '/etc/grafana/provisioning')) errors.push('grafana does not mount ./grafana/provisioning at /etc/grafana/provisioning');
if (!mounted('./grafana/dashboards', prov.providers[0].options.path)) errors.push(`grafana does not mount ./grafana/dashboards at ${prov.providers[0].options.path}`);
const exprs = [];
for (const p of d.panels) {
  if (!p.title || !p.gridPos) errors.push(`panel ${p.id}: no title or position`);
  for (const t of p.targets || []) {
    if (!t.datasource || t.datasource.uid !== src.uid) errors.push(`panel "${p.title}": data source ${JSON.stringify(t.datasource)} is not the provisioned ${src.uid}`);
    if (!readme.includes(t.expr)) errors.push(`panel "${p.title}": its query is not in README.md: ${t.expr}`);
    exprs.push(t.expr);
  }
}
if (exprs.length < 6) errors.push(`only ${exprs.length} queries`);
for (const need of ['gen_ai_agent_name', 'twtrace_gen_ai_cost_total', 'gen_ai_client_token_usage_sum', 'gen_ai_client_operation_duration_seconds_bucket', 'prompt_size_total'])
  if (!exprs.some((e) => e.includes(need))) errors.push(`no query uses ${need}`);
// a rules file of every query, for promtool check rules; and a test of the token and cost ones
fs.writeFileSync(`${out}/rules.yml`, yaml.dump({ groups: [{ name: 'twtrace-dashboard', rules: exprs.map((e, i) => ({ record: `twtrace:dashboard_${i}`, expr: e })) }] }));
const q = (frag) => exprs.find((e) => e.includes(frag));
const series = (name, labels, values) => ({ series: `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`, values });
const base = { gen_ai_operation_name: 'chat', gen_ai_provider_name: 'openai', job: 'agent_demo' };
const test = {
  rule_files: ['rules.yml'],
  evaluation_interval: '1m',
  tests: [{
    interval: '1m',
    input_series: [
      series('gen_ai_client_token_usage_sum', { ...base, gen_ai_agent_name: 'Planner', gen_ai_request_model: 'gpt-4o', gen_ai_token_type: 'input' }, '0+100x120'),
      series('gen_ai_client_token_usage_sum', { ...base, gen_ai_agent_name: 'Planner', gen_ai_request_model: 'gpt-4o-mini', gen_ai_token_type: 'input' }, '0+20x120'),
      series('gen_ai_client_token_usage_sum', { ...base, gen_ai_agent_name: 'CodeInterpreter', gen_ai_request_model: 'gpt-4o-mini', gen_ai_token_type: 'input' }, '0+50x120'),
      series('twtrace_gen_ai_cost_total', { ...base, gen_ai_agent_name: 'Planner', gen_ai_request_model: 'gpt-4o' }, '0+270x120'),
      series('twtrace_gen_ai_cost_total', { ...base, gen_ai_agent_name: 'CodeInterpreter', gen_ai_request_model: 'gpt-4o-mini' }, '0+30x120'),
    ],
    promql_expr_test: [
      { expr: q('sum by (gen_ai_agent_name, gen_ai_token_type) (increase(gen_ai_client_token_usage_sum'), eval_time: '90m',
        exp_samples: [{ labels: '{gen_ai_agent_name="Planner",gen_ai_token_type="input"}', value: 7200 },
                      { labels: '{gen_ai_agent_name="CodeInterpreter",gen_ai_token_type="input"}', value: 3000 }] },
      { expr: q('sum by (gen_ai_agent_name) (increase(twtrace_gen_ai_cost_total'), eval_time: '90m',
        exp_samples: [{ labels: '{gen_ai_agent_name="Planner"}', value: 0.0162 }, { labels: '{gen_ai_agent_name="CodeInterpreter"}', value: 0.0018 }] },
      { expr: q('sum by (gen_ai_request_model) (increase(twtrace_gen_ai_cost_total'), eval_time: '90m',
        exp_samples: [{ labels: '{gen_ai_request_model="gpt-4o"}', value: 0.0162 }, { labels: '{gen_ai_request_model="gpt-4o-mini"}', value: 0.0018 }] },
    ],
  }],
};
fs.writeFileSync(`${out}/rules_test.yml`, yaml.dump(test));
if (errors.length) { console.log(errors.join('\n')); process.exit(1); }
JS
)
check "deploy: Grafana provisioning and the dashboard parse, are mounted, and the README has every query" $? "$out"
if command -v promtool >/dev/null 2>&1; then
  out=$(promtool check rules "$OUT/rules.yml" 2>&1)
  check "deploy: Prometheus' promtool parses every dashboard query" $? "$out"
  out=$(cd "$OUT" && promtool test rules rules_test.yml 2>&1)
  check "deploy: promtool evaluates the tokens-by-agent and cost queries on the exporter's series names" $? "$out"
else
  check "deploy: promtool is installed (apt-get install prometheus)" 1 "promtool not found"
fi
for y in deploy/grafana/provisioning/*/*.yaml; do
  out=$(NODE_PATH=tools/node_modules node -e 'require("js-yaml").load(require("fs").readFileSync(process.argv[1], "utf8"))' "$y" 2>&1)
  check "yaml syntax: $y" $? "$out"
done
exit $rc
