"""Parses a Prometheus text exposition with the official client's parser, as a Prometheus server would read it.

Input (stdin, JSON): {"text": "# HELP ...\n# TYPE ...\n..."}
Output (stdout, JSON): [{"name", "type", "help", "samples": [{"name", "labels", "value"}]}, ...] in the order read;
values are numbers, or the strings "+Inf", "-Inf" and "NaN". A text the parser refuses exits 1 with its error.
"""
import json
import math
import sys

from prometheus_client.parser import text_string_to_metric_families


def number(value):
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return value


text = json.load(sys.stdin)["text"]
try:
    families = [
        {
            "name": family.name,
            "type": family.type,
            "help": family.documentation,
            "samples": [{"name": s.name, "labels": s.labels, "value": number(s.value)} for s in family.samples],
        }
        for family in text_string_to_metric_families(text)
    ]
except Exception as error:  # the parser's refusal is the test's finding
    print(f"prometheus_client refused the text: {error!r}", file=sys.stderr)
    sys.exit(1)
print(json.dumps(families))
