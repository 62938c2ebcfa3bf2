"""CMS-family base spiders: listing -> pagination -> article, configured by registry entries."""

from crawler.families.base import FamilySpider
from crawler.families.generic import GenericSpider
from crawler.families.gkmlpt import GkmlptSpider
from crawler.families.hanweb import HanwebSpider
from crawler.families.nfcms import NfcmsSpider
from crawler.families.trs import TrsSpider
from crawler.families.ucap import UcapSpider

FAMILY_SPIDERS: dict[str, type[FamilySpider]] = {
    cls.family: cls
    for cls in (TrsSpider, HanwebSpider, UcapSpider, GkmlptSpider, NfcmsSpider, GenericSpider)
}

__all__ = ["FAMILY_SPIDERS", "FamilySpider"]
