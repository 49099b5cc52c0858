#!/usr/bin/env bash
# Until the first production deployment the schema is one "initial" migration per SQL engine.
# This rebuilds both from the current collection configs. PostgreSQL must be running.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_URL="${MIGRATION_POSTGRES_URL:-postgres://zhanqun:zhanqun@127.0.0.1:5432/zhanqun_migrations}"
for engine in sqlite postgres; do
  rm -f migrations/$engine/*.ts migrations/$engine/*.json
  echo 'export const migrations = []' > migrations/$engine/index.ts
done
tmp=$(mktemp -d)
DATABASE_URL="file:$tmp/schema.db" npx payload migrate:create initial </dev/null | grep -i "created\|error" || true
PG_DB="${PG_URL##*/}"
psql "${PG_URL%/*}/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" -qc "CREATE DATABASE $PG_DB" >/dev/null
DATABASE_URL="$PG_URL" npx payload migrate:create initial </dev/null | grep -i "created\|error" || true
rm -rf "$tmp"
npx payload generate:types >/dev/null
ls migrations/*/
