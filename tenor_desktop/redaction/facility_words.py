"""The words that end a facility's or an organisation's name, and the words that make a kind.

One vocabulary for the finders of named places ("kennedy village", "worked at baptist
memorial", "drinks at rusty nail tavern", "laid off from alpha metallurgical"): each takes the
groups it needs. A head word ends a name ("... clinic", "... logistics"); a kind word before
a head says what sort of place it is rather than which one ("the county hospital", "a high
school", "the new clinic").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


CARE = _words(
    "hospital clinic center centre medical health healthcare memorial regional dental dentistry"
    " pediatrics orthopedics cardiology oncology spine wellness recovery counseling behavioral"
    " rehab therapy pharmacy labs laboratories care nursing"
)
SCHOOLS = _words(
    "elementary middle high academy school college university institute institution prep"
    " daycare preschool montessori"
)
WORSHIP = _words(
    "church chapel temple mosque synagogue assembly ministries fellowship tabernacle cathedral"
    " parish mission"
)
# Words companies are named with ("... financial", "... logistics", "... roofing").
BUSINESS = _words(
    "financial industries manufacturing metallurgical aerospace aerosystems technologies"
    " analytics logistics freight foods motors partners associates insurance realty properties"
    " construction electric energy steel mining chemical chemicals pharmaceuticals pharma corp"
    " corporation inc incorporated llc co company enterprises holdings services consulting"
    " trucking transport transportation transit airlines automation mutual bancorp capital"
    " solutions systems group fabrication distributors distribution packaging plastics textiles"
    " lumber millwork works builders roofing plumbing landscaping dealership poultry farms"
    " supply staffing brewing auto automotive bank credit union tech"
    # Trades and industries a firm is named with: "lumera biotech", "hendry creek dairy".
    " biotech biosciences therapeutics digital media studios software timber dairy"
    # Works of industry: "laid off from hollis tannery", "twenty years at bayside foundry".
    " tannery foundry cannery sawmill refinery quarry"
    # Warehouses and refiners: "on the dock at pacific cold storage", "night shifts at
    # yellowstone valley refining" ("cold storage" alone is a kind: see KIND_WORDS).
    " storage refining"
)
FOOD_AND_DRINK = _words(
    "diner cafe grill bar pub tavern restaurant bistro bakery pizzeria deli cantina taqueria"
    " eatery steakhouse roadhouse creamery roasters brewery saloon lounge market grocers grocery"
    " tap taproom alehouse taphouse cantina kitchen"
)
LODGING = _words("inn hotel motel resort casino lodge")
HOMES = _words("apartments manor village towers estates commons gardens heights homes living hall")
CIVIC = _words(
    "library museum ymca ywca shelter foundation agency department district authority cemetery"
    " arena stadium marina campground correctional detention juvenile spa salon barbershop club"
    " fitness gym sport sports penitentiary"
)
DENOMINATIONS = _words(
    "lutheran baptist methodist presbyterian episcopal pentecostal evangelical orthodox mormon"
    " unitarian adventist catholic jewish muslim"
)
# The heads a bare venue's name ends in after a place preposition or at a turn's start ("at
# little acorns daycare", "we met at rusty nail tavern"): places people go to, not companies or
# care, and few common words (each head found starts a search for its name).
VENUE_HEADS = (
    FOOD_AND_DRINK
    | LODGING
    | _words(
        "fitness gym daycare preschool pantry salon barbershop spa elementary academy montessori"
        " apartments towers manor shelter mission center chapel park bank library cemetery arena"
        " stadium marina campground residence penitentiary arboretum"
    )
) - _words("market grocers grocery resort casino tap taproom alehouse taphouse kitchen")
# Every word that ends a facility's or an organisation's name.
FACILITY_HEADS = CARE | SCHOOLS | WORSHIP | BUSINESS | FOOD_AND_DRINK | LODGING | HOMES | CIVIC
# Heads that also name an activity ("grief counseling", "physical therapy"): a name only with
# a word that is not everyday English ("westmoreland spine and sport").
SERVICE_HEADS = _words(
    "therapy rehab counseling recovery care wellness sport sports services treatment health"
    " healthcare medical behavioral detention juvenile correctional"
)

# Adjectives of kind and size before a head: a sort of place, not its name.
KIND_WORDS = _words(
    "new old big little small local same other public private whole good best better great bad"
    " nice cheap first last next only own nearest closest usual regular main real actual"
    " different free open closed busy fancy shitty crappy weird huge tiny favorite favourite"
    " high middle elementary junior senior medical community rehab urgent credit post grocery"
    " nursing health counseling insurance police fire state county city town village district"
    " federal regional night summer sunday bible charter catholic christian day care primary"
    " emergency mental dental family general childrens children's women's veterans vocational"
    " technical trade beauty nail coffee pet animal car auto body treatment detox recovery sleep"
    " pain cancer eye heart kidney dialysis blood imaging surgery surgical walk-in walk in"
    " methadone homeless food church school boarding assisted independent special graduate"
    " grad law med art music dance driving language cooking flight physical behavioral home"
    " group couples pediatric commercial residential sports military naval culinary barber"
    " cold self mini"
    " cosmetology boot memory respite hospice palliative intensive critical foster elder skilled"
    " child adult day study dining lecture concert banquet mess residence pool music town book"
    " golf country strip fight glee chess running supper fan comedy swim tennis boys girls"
    " monday tuesday wednesday thursday friday saturday weekend weekly nightly"
    # What a service does, not which one it is: "the domestic violence shelter", "a legal aid
    # clinic", "the family justice center", "the youth crisis center".
    " domestic violence abuse crisis legal aid justice youth juvenile addiction refugee"
    " immigrant immigration housing employment victim victims rape assault"
    # A branch of care or a service said before its head: "the perinatal clinic", "the
    # occupational health clinic", "the counselling centre", "the resettlement agency".
    " counselling occupational perinatal prenatal postnatal antenatal maternity fertility"
    " urology neurology cardiology psychiatric geriatric outpatient inpatient orthopedic"
    " orthopaedic sexual reproductive resettlement student wellness campus"
)
# Two-word heads: a kind of place said in two words ("... learning center", "... credit union").
TWO_WORD_HEADS = frozenset(
    {
        "assisted living",
        "auto body",
        "baptist church",
        "behavioral health",
        "child care",
        "coffee house",
        "coffee shop",
        "community college",
        "counseling center",
        "credit union",
        "day care",
        "elementary school",
        "family practice",
        "food pantry",
        "health center",
        "high school",
        "insurance group",
        "learning center",
        "medical center",
        "methodist church",
        "middle school",
        "nursing home",
        "physical therapy",
        "rec center",
        "recovery center",
        "recreation center",
        "senior center",
        "sleep center",
        "treatment center",
        "urgent care",
    }
)


def head_pattern(heads: frozenset[str]) -> str:
    """A regex alternation of ``heads``, longest first, spaces matching any run of space."""
    return "|".join(
        h.replace(" ", r"\s+").replace("cafe", "caf[e\u00e9]")
        for h in sorted(heads, key=len, reverse=True)
    )
