"""The dealer's record of every EV deal and its claim: pure Python, no Qt.

One small module per job:
- `location`: which database (`--db`, `EVDESK_DATABASE_URL`, the per-user SQLite file); `network_drive`:
  whether a SQLite file sits on a share;
- `database`: opening it (SQLite set up for several processes, PostgreSQL through psycopg 3);
  `migrate` and `migrations/`: the schema, one named step per version; `schema`: the tables;
- `deals`: saving a check as a deal, reading deals back; `policy_files`: the exact policy files each deal
  was answered under, and rebuilding that policy;
- `claims`: the claim's state machine; `due`: what needs action;
- `compare`: two answers to one request, rule by rule;
- `exchange`: CSV and XLSX out, evdesk's own CSV back in; `retention`: erasing personal fields;
- `errors`: what can go wrong, as codes with parameters.
"""
