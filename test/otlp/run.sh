#!/usr/bin/env bash
# test/otlp/run.sh - the OTLP exporter against the Node test receiver: conformance to the official
# schema and its meaning, and behaviour under trouble. Builds test_otlp.c plain (without zlib: the
# gzip setting must fail clearly), with zlib under ASan+UBSan, and with zlib under TSan
# (TW_TEST_QUICK=1: plain and zlib only), and checks the deploy/ YAML files for syntax.
# Prints PASS/FAIL lines (test/run.sh counts them). Run from the repository root.
set -u
cd "$(dirname "$0")/../.."
OUT=test/out
mkdir -p "$OUT"
CC=${CC:-cc}
rc=0
portfile=$OUT/receiver.ports
rm -f "$portfile"
# a certificate authority of the test's own (OpenSSL's command): the receiver's certificate for
# localhost, a client certificate for mutual TLS, and a second CA that signed neither
TLS_DIR=$OUT/tls
rm -rf "$TLS_DIR" && mkdir -p "$TLS_DIR"
make_ca() { # make_ca DIR: a CA, a server certificate for localhost (no address), a client certificate
  local d=$1 days=2
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$d/ca.key" -out "$d/ca.crt" -days $days -subj "/CN=twtrace test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" &&
  openssl req -newkey rsa:2048 -nodes -keyout "$d/server.key" -out "$d/server.csr" -subj "/CN=localhost" &&
  printf 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n' >"$d/server.ext" &&
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -out "$d/server.crt" -days $days -extfile "$d/server.ext" &&
  openssl req -newkey rsa:2048 -nodes -keyout "$d/client.key" -out "$d/client.csr" -subj "/CN=twtrace-test-client" &&
  printf 'extendedKeyUsage=clientAuth\n' >"$d/client.ext" &&
  openssl x509 -req -in "$d/client.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -out "$d/client.crt" -days $days -extfile "$d/client.ext"
}
if command -v openssl >/dev/null 2>&1; then
  mkdir -p "$TLS_DIR/other"
  { make_ca "$TLS_DIR" && make_ca "$TLS_DIR/other"; } >"$OUT/tls.log" 2>&1 || { echo "FAIL making the test CA:"; sed 's/^/    /' "$OUT/tls.log"; TLS_DIR=; }
else
  echo "FAIL openssl is not installed (apt-get install openssl): the TLS tests cannot run"; rc=1; TLS_DIR=
fi
export TLS_DIR
TLS_DIR=$TLS_DIR NODE_PATH=tools/node_modules node test/otlp/receiver.mjs "$portfile" >"$OUT/receiver.log" 2>&1 &
recv=$!
trap 'kill $recv 2>/dev/null' EXIT
for _ in $(seq 100); do [ -s "$portfile" ] && break; sleep 0.1; done
if [ ! -s "$portfile" ]; then
  echo "FAIL receiver did not start:"; sed 's/^/    /' "$OUT/receiver.log"; exit 1
fi
read -r RECV_DATA RECV_CTL RECV_TLS RECV_MTLS <"$portfile"
export RECV_DATA RECV_CTL RECV_TLS RECV_MTLS

variant() { # variant NAME LIBS FLAGS...
  local name=$1 libs=$2; shift 2
  if ! $CC -std=c11 -g -Wall -Wextra "$@" -o "$OUT/$name" test/otlp/test_otlp.c $libs -lpthread -lm >"$OUT/build-$name.log" 2>&1; then
    echo "FAIL build $name"; sed 's/^/    /' "$OUT/build-$name.log" | head -30; rc=1; return
  fi
  "$OUT/$name" >"$OUT/$name.log" 2>&1 || rc=1
  sed -n "s/^\(PASS\|FAIL\) /\1 $name: /p" "$OUT/$name.log"
  grep -v '^PASS ' "$OUT/$name.log" | head -40 | sed 's/^/    /'
}
variant test_otlp "" -O2
# a plain build must not need OpenSSL: it linked above without -lssl; and it names no TLS function
if nm "$OUT/test_otlp" 2>/dev/null | grep -q 'SSL_'; then echo "FAIL the plain build refers to OpenSSL"; rc=1; else echo "PASS the plain build does not link OpenSSL"; fi
variant test_otlp-zlib -lz -O2 -DTWOTLP_USE_ZLIB
if [ -f /usr/include/openssl/ssl.h ]; then
  variant test_otlp-tls "-lssl -lcrypto" -O2 -DTWOTLP_USE_OPENSSL
else
  echo "FAIL libssl-dev is not installed (apt-get install libssl-dev): the TLS build cannot be tested"; rc=1
fi
if [ "${TW_TEST_QUICK:-0}" != 1 ]; then
  ASAN_OPTIONS=detect_leaks=1 variant test_otlp-asan "-lz -lssl -lcrypto" -O1 -DTWOTLP_USE_ZLIB -DTWOTLP_USE_OPENSSL -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
  TSAN_OPTIONS=halt_on_error=1 variant test_otlp-tsan "-lz -lssl -lcrypto" -O1 -DTWOTLP_USE_ZLIB -DTWOTLP_USE_OPENSSL -fsanitize=thread
fi

# the collector stack's YAML parses
for y in deploy/*.yaml deploy/*.yml; do
  [ -f "$y" ] || continue
  if NODE_PATH=tools/node_modules node -e 'require("js-yaml").load(require("fs").readFileSync(process.argv[1], "utf8"))' "$y" >"$OUT/yaml.log" 2>&1; then
    echo "PASS yaml syntax: $y"
  else
    echo "FAIL yaml syntax: $y"; sed 's/^/    /' "$OUT/yaml.log"; rc=1
  fi
done
exit $rc
