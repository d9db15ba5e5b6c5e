from enum import StrEnum


class NewsletterName(StrEnum):
    NEW_RELEASES = "NewReleases"
    TIPS_AND_TRICKS = "TipsAndTricks"

    def __str__(self) -> str:
        return str(self.value)
