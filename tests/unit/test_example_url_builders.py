"""examples/url_builders.py runs in CI and prints the documentation's URLs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "url_builders.py"
SHARE = "344d51c3edfb435daf9d98d948fa207e"
CSW = f"https://services.api.isogeo.com/ows/s/{SHARE}/TokenOhDearToken?service=CSW&version=2.0.2"

EXPECTED_LINES = [
    "edit URL:             https://app.isogeo.com/groups/32f7e95ec4e94ca3bc1afda960003882"
    "/resources/36fde4261bcb4ef2a849d94a50488713/attributes",
    f"OpenCatalog:          https://open.isogeo.com/s/{SHARE}/TokenOhDearToken/r/36fde4261bcb4ef2a849d94a50488713",
    f"CSW GetCapabilities:  {CSW}&request=GetCapabilities",
    f"CSW GetRecords:       {CSW}&request=GetRecords&ResultType=results&ElementSetName=brief&maxRecords=20"
    "&OutputFormat=application/xml&OutputSchema=http://www.opengis.net/cat/csw/2.0.2"
    "&namespace=xmlns(csw=http://www.opengis.net/cat/csw/2.0.2)&TypeNames=csw:Record&startPosition=1",
    f"CSW GetRecordById:    {CSW}&request=GetRecordById"
    "&id=urn:isogeo:metadata:uuid:36fde426-1bcb-4ef2-a849-d94a50488713"
    "&elementsetname=full&outputSchema=http://www.isotc211.org/2005/gmd",
    "custom web app:       https://www.ppigre-npdc.fr/portail/geocatalogue?uuid=36fde4261bcb4ef2a849d94a50488713",
    f"OpenCatalog is set:   https://open.isogeo.com/s/{SHARE}/TokenOhDearToken",
]


def test_url_builders_example_prints_the_documented_urls() -> None:
    done = subprocess.run(  # noqa: S603 - our own example, with this interpreter
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == EXPECTED_LINES
