/**
 * GeoNames country codes (ISO 3166-1 alpha-2) to the glossary's country
 * entries, and the file (region) each country's generated places go to.
 * A test checks that every id names a `country` entry of the glossary.
 */

export const PLACE_REGIONS = [
  'africa',
  'americas',
  'east-asia',
  'europe',
  'middle-east',
  'south-asia',
  'southeast-asia-oceania',
  'united-states',
] as const;
export type PlaceRegion = (typeof PLACE_REGIONS)[number];

export interface CountryRow {
  readonly id: string;
  readonly region: PlaceRegion;
  /** The name takes "the" in running text ("in the United States"). */
  readonly article: boolean;
}

/** code id region [the] — one country a line. */
const TABLE = `
AE united-arab-emirates middle-east the
AF afghanistan south-asia
AL albania europe
AM armenia europe
AO angola africa
AR argentina americas
AT austria europe
AU australia southeast-asia-oceania
AZ azerbaijan europe
BA bosnia-and-herzegovina europe
BD bangladesh south-asia
BE belgium europe
BF burkina-faso africa
BG bulgaria europe
BH bahrain middle-east
BI burundi africa
BJ benin africa
BO bolivia americas
BR brazil americas
BY belarus europe
CA canada americas
CD democratic-republic-of-the-congo africa the
CF central-african-republic africa the
CG republic-of-the-congo africa the
CH switzerland europe
CI ivory-coast africa
CL chile americas
CM cameroon africa
CN china east-asia
CO colombia americas
CR costa-rica americas
CU cuba americas
CZ czech-republic europe the
DE germany europe
DJ djibouti africa
DK denmark europe
DO dominican-republic americas the
DZ algeria africa
EC ecuador americas
EG egypt middle-east
ER eritrea africa
ES spain europe
ET ethiopia africa
FI finland europe
FR france europe
GA gabon africa
GB united-kingdom europe the
GE georgia europe
GH ghana africa
GN guinea africa
GR greece europe
GT guatemala americas
HN honduras americas
HR croatia europe
HT haiti americas
HU hungary europe
ID indonesia southeast-asia-oceania
IE ireland europe
IL israel middle-east
IN india south-asia
IQ iraq middle-east
IR iran middle-east
IT italy europe
JM jamaica americas
JO jordan middle-east
JP japan east-asia
KE kenya africa
KG kyrgyzstan south-asia
KH cambodia southeast-asia-oceania
KP north-korea east-asia
KR south-korea east-asia
KW kuwait middle-east
KZ kazakhstan south-asia
LB lebanon middle-east
LK sri-lanka south-asia
LR liberia africa
LT lithuania europe
LV latvia europe
LY libya africa
MA morocco africa
MD moldova europe
MG madagascar africa
ML mali africa
MM myanmar southeast-asia-oceania
MN mongolia east-asia
MR mauritania africa
MW malawi africa
MX mexico americas
MY malaysia southeast-asia-oceania
MZ mozambique africa
NE niger africa
NG nigeria africa
NI nicaragua americas
NL netherlands europe the
NO norway europe
NP nepal south-asia
NZ new-zealand southeast-asia-oceania
OM oman middle-east
PA panama americas
PE peru americas
PH philippines southeast-asia-oceania the
PK pakistan south-asia
PL poland europe
PT portugal europe
PY paraguay americas
QA qatar middle-east
RO romania europe
RS serbia europe
RU russia europe
RW rwanda africa
SA saudi-arabia middle-east
SD sudan africa
SE sweden europe
SG singapore southeast-asia-oceania
SL sierra-leone africa
SN senegal africa
SO somalia africa
SS south-sudan africa
SV el-salvador americas
SY syria middle-east
TD chad africa
TG togo africa
TH thailand southeast-asia-oceania
TJ tajikistan south-asia
TM turkmenistan south-asia
TN tunisia africa
TR turkey middle-east
TW taiwan east-asia
TZ tanzania africa
UA ukraine europe
UG uganda africa
US united-states united-states the
UY uruguay americas
UZ uzbekistan south-asia
VE venezuela americas
VN vietnam southeast-asia-oceania
XK kosovo europe
YE yemen middle-east
ZA south-africa africa
ZM zambia africa
ZW zimbabwe africa
`;

export const COUNTRIES: ReadonlyMap<string, CountryRow> = new Map(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [code = '', id = '', region = '', the] = line.trim().split(/\s+/);
      return [code, { id, region: region as PlaceRegion, article: the === 'the' }];
    }),
);

/**
 * States whose first-level divisions are all generated, whether or not a
 * large city lies in them: the states most in the news (issue 17).
 */
export const DIVISION_COUNTRIES: readonly string[] = [
  'UA', 'RU', 'SY', 'IQ', 'IR', 'IL', 'LB', 'YE', 'SD', 'SS', 'LY', 'SO', 'ET', 'CD', 'NG', 'ML',
  'BF', 'NE', 'AF', 'PK', 'IN', 'CN', 'MM', 'MX', 'VE', 'CO', 'HT', 'US', 'TR', 'SA', 'EG',
];

/**
 * Where a country's capital is disputed or its status is itself contested,
 * the card does not repeat GeoNames' "capital" flag.
 */
export const CAPITAL_NOT_STATED: ReadonlySet<string> = new Set(['IL', 'PS', 'TW', 'XK', 'EH', 'CY']);

/**
 * GeoNames divisions whose sovereignty is disputed between states: a
 * generated card would state one side's view ("division of Ukraine",
 * "division of Israel") in the glossary's own voice. Neither the division
 * nor the cities in it are generated; hand-written entries cover them with
 * who-says-what (docs/glossary-guide.md).
 */
export const DISPUTED_DIVISIONS: ReadonlySet<string> = new Set([
  'IL.WE', // Judea and Samaria Area: the West Bank
  'UA.05', // Donetsk
  'UA.08', // Kherson
  'UA.11', // Crimea
  'UA.14', // Luhansk
  'UA.20', // Sevastopol
  'UA.26', // Zaporizhzhia
  'IN.12', // Jammu and Kashmir
  'IN.41', // Ladakh
  'PK.06', // Azad Kashmir
  'PK.07', // Gilgit-Baltistan
]);
