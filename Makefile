# mentord — the two commands that matter are `make run` and `make test`.
# Both install missing system libraries first (scripts/bootstrap), so they work on a fresh Debian/Ubuntu machine.

SWIFT ?= swift
MENTORD_DATA_DIR ?= ./var
# Who the console in `make run` speaks as (a person in Config/sample-org.csv).
CONSOLE_AS ?= alice.nguyen@example.com
# Seconds each fuzz target runs in `make fuzz`; executions for `make fuzz-one`.
FUZZ_SECONDS ?= 60
RUNS ?= 10000000
export FUZZ_SECONDS

.PHONY: help bootstrap build release run test bench-http bench-directory bench-slack bench-match bench-schedule bench-jobs bench-calendar bench-dashboard soak sample-org clean fuzz fuzz-one fuzz-ics

help:
	@echo "make run         build and start mentord on its defaults (SQLite in ./var, sample org, console, HTTP on 127.0.0.1:8080)"
	@echo "make test        build, run the Matrix end-to-end suite against a real Synapse, then the Swift suite"
	@echo "make build       debug build of the mentord binary"
	@echo "make release     optimised build (.build/release/mentord)"
	@echo "make bench-http  wrk against mentord /healthz and a C libmicrohttpd ceiling"
	@echo "make bench-directory  import 100k people and time find, next to sqlite3 and a full-scan reference"
	@echo "make bench-slack signed slash commands (help, whoami, writes): mentord next to Slack's Bolt for Python, and p99 at 1,000 req/s"
	@echo "make bench-match  seeded org at 5k×2k and 20k×8k: our exact solver next to OR-Tools, scipy and lapjv on the same instance"
	@echo "make bench-schedule  8 people in 8 zones over 14 days: our slot search next to a plain Python + zoneinfo one"
	@echo "make bench-jobs  100,000 pending jobs: idle tick and 10,000 due jobs to the outbox, next to the bare SQL"
	@echo "make bench-calendar  a year of an Outlook feed, 28 days expanded: our libical reader (cold and cached) next to recurring-ical-events"
	@echo "make bench-dashboard  every dashboard page on 100k people / 20k pairings / 1M meetings and jobs, next to plain SQL; Slack p99 under dashboard load"
	@echo "make soak        20 min of signed load from four platforms, outbox faults, kill -9 every 2 min (SOAK_MINUTES, SOAK_RESTART_SECONDS)"
	@echo "make fuzz        libFuzzer + AddressSanitizer build (.build-fuzz), then every fuzz target for FUZZ_SECONDS (60) each"
	@echo "make fuzz-one TARGET=assistant RUNS=10000000  one fuzz target for RUNS executions"
	@echo "make fuzz-ics    the calendar (libical) fuzz target for FUZZ_SECONDS"
	@echo "make sample-org  regenerate Config/sample-org.csv and Config/sample-profiles.csv (seeded, reproducible)"

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build --product mentord

release: bootstrap
	$(SWIFT) build -c release --product mentord

run: build
	MENTORD_DATA_DIR=$(MENTORD_DATA_DIR) MENTORD_ORG_SEED_CSV=Config/sample-org.csv \
		MENTORD_ORG_SEED_PROFILES_CSV=Config/sample-profiles.csv MENTORD_CONSOLE_AS=$(CONSOLE_AS) \
		$$($(SWIFT) build --show-bin-path)/mentord serve

test: bootstrap
	$(SWIFT) build --build-tests
	scripts/python-test-tools >/dev/null
	scripts/matrix-e2e
	$(SWIFT) test

bench-http:
	@Benchmarks/http/run

bench-directory:
	@Benchmarks/directory/run

bench-slack:
	@Benchmarks/slack/run

bench-match:
	@Benchmarks/match/run

bench-schedule:
	@Benchmarks/schedule/run

bench-jobs:
	@Benchmarks/jobs/run

bench-dashboard:
	@Benchmarks/dashboard/run

bench-calendar:
	@Benchmarks/calendar/run

# The soak's length and how often it kills and restarts the daemon (make soak SOAK_MINUTES=3 SOAK_RESTART_SECONDS=40).
SOAK_MINUTES ?= 20
SOAK_RESTART_SECONDS ?= 120

soak: bootstrap
	@SOAK_MINUTES=$(SOAK_MINUTES) SOAK_RESTART_SECONDS=$(SOAK_RESTART_SECONDS) Tests/Soak/run

fuzz: bootstrap
	@Tests/Fuzz/run

fuzz-one: bootstrap
	@test -n "$(TARGET)" || { echo "make fuzz-one TARGET=NAME [RUNS=N]; names: Tests/Fuzz/corpus/*"; exit 64; }
	@Tests/Fuzz/run --runs $(RUNS) $(TARGET)

fuzz-ics: bootstrap
	@Tests/Fuzz/run ics

sample-org:
	scripts/generate-sample-org --out Config/sample-org.csv --profiles-out Config/sample-profiles.csv

clean:
	rm -rf .build .build-fuzz
