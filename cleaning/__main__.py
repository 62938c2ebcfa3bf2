"""python -m cleaning PAGE [PAGE ...] --url URL [--content-type CT]
[--listing-title T] [--listing-date D] → one JSON object."""

from __future__ import annotations

import argparse
import json
import sys

from cleaning import CleaningError, ListingHint, clean


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaning", description=__doc__)
    parser.add_argument("pages", nargs="+", help="raw page files, in reading order")
    parser.add_argument("--url", required=True, help="the page URL")
    parser.add_argument("--content-type", default=None, help="the HTTP Content-Type header")
    parser.add_argument("--listing-title", default=None,
                        help="the link text on the listing page that led here")
    parser.add_argument("--listing-date", default=None,
                        help="the date the listing shows beside it (2025-01-20, 2025年1月20日…)")
    args = parser.parse_args(argv)
    listing = (ListingHint(title=args.listing_title, date=args.listing_date)
               if args.listing_title or args.listing_date else None)
    try:
        pages = [open(path, "rb").read() for path in args.pages]  # noqa: SIM115
        doc = clean(pages, args.url, args.content_type, listing=listing)
    except (CleaningError, OSError) as exc:
        print("cannot clean: {}".format(" ".join(str(exc).split())), file=sys.stderr)
        return 2
    sys.stdout.write(json.dumps(doc.to_contract(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
