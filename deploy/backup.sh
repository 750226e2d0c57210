#!/usr/bin/env bash
# Nightly backup of a team's register (issue 22): a PostgreSQL dump and the register's own export.
#
#   OWNER_URL=postgresql://owner:…@db/ethics PGURL_APP=postgresql+psycopg://ethics_app:…@db/ethics \
#     deploy/backup.sh /var/backups/ethics-toolkit
#
# The dump restores the database as it was (roles, grants and all); the export is the register in
# the toolkit's own format, with its history's head hash: keep a copy where the database's
# administrators cannot change it, and `ethics-toolkit verify --db URL` tells whether the history
# is still the one exported. Both files are created readable by their owner only.
set -euo pipefail
umask 077
folder=${1:?usage: backup.sh FOLDER}
mkdir -p "$folder"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
pg_dump --format=custom --file "$folder/register-$stamp.dump" "${OWNER_URL:?set OWNER_URL}"
"${ETHICS_TOOLKIT:-ethics-toolkit}" export --db "${PGURL_APP:?set PGURL_APP}" \
  -o "$folder/register-$stamp.json"
echo "$folder/register-$stamp.dump"
echo "$folder/register-$stamp.json"
