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
AD andorra europe
AE united-arab-emirates middle-east the
AF afghanistan south-asia
AG antigua-and-barbuda americas
AL albania europe
AM armenia europe
AO angola africa
AR argentina americas
AT austria europe
AU australia southeast-asia-oceania
AZ azerbaijan europe
BA bosnia-and-herzegovina europe
BB barbados americas
BD bangladesh south-asia
BE belgium europe
BF burkina-faso africa
BG bulgaria europe
BH bahrain middle-east
BI burundi africa
BJ benin africa
BN brunei southeast-asia-oceania
BO bolivia americas
BR brazil americas
BS bahamas americas
BT bhutan south-asia
BW botswana africa
BY belarus europe
BZ belize americas
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
CV cape-verde africa
CY cyprus europe
CZ czech-republic europe the
DE germany europe
DJ djibouti africa
DK denmark europe
DM dominica americas
DO dominican-republic americas the
DZ algeria africa
EC ecuador americas
EE estonia europe
EG egypt middle-east
ER eritrea africa
ES spain europe
ET ethiopia africa
FI finland europe
FJ fiji southeast-asia-oceania
FM micronesia southeast-asia-oceania
FR france europe
GA gabon africa
GB united-kingdom europe the
GD grenada americas
GE georgia europe
GH ghana africa
GM gambia africa
GN guinea africa
GQ equatorial-guinea africa
GR greece europe
GT guatemala americas
GW guinea-bissau africa
GY guyana americas
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
IS iceland europe
IT italy europe
JM jamaica americas
JO jordan middle-east
JP japan east-asia
KE kenya africa
KG kyrgyzstan south-asia
KH cambodia southeast-asia-oceania
KI kiribati southeast-asia-oceania
KM comoros africa the
KN saint-kitts-and-nevis americas
KP north-korea east-asia
KR south-korea east-asia
KW kuwait middle-east
KZ kazakhstan south-asia
LA laos southeast-asia-oceania
LB lebanon middle-east
LC saint-lucia americas
LI liechtenstein europe
LK sri-lanka south-asia
LR liberia africa
LS lesotho africa
LT lithuania europe
LU luxembourg europe
LV latvia europe
LY libya africa
MA morocco africa
MC monaco europe
MD moldova europe
ME montenegro europe
MG madagascar africa
MH marshall-islands southeast-asia-oceania the
MK north-macedonia europe
ML mali africa
MM myanmar southeast-asia-oceania
MN mongolia east-asia
MR mauritania africa
MT malta europe
MU mauritius africa
MV maldives south-asia the
MW malawi africa
MX mexico americas
MY malaysia southeast-asia-oceania
MZ mozambique africa
NA namibia africa
NE niger africa
NG nigeria africa
NI nicaragua americas
NL netherlands europe the
NO norway europe
NP nepal south-asia
NR nauru southeast-asia-oceania
NZ new-zealand southeast-asia-oceania
OM oman middle-east
PA panama americas
PE peru americas
PG papua-new-guinea southeast-asia-oceania
PH philippines southeast-asia-oceania the
PK pakistan south-asia
PL poland europe
PT portugal europe
PW palau southeast-asia-oceania
PY paraguay americas
QA qatar middle-east
RO romania europe
RS serbia europe
RU russia europe
RW rwanda africa
SA saudi-arabia middle-east
SB solomon-islands southeast-asia-oceania the
SC seychelles africa the
SD sudan africa
SE sweden europe
SG singapore southeast-asia-oceania
SI slovenia europe
SK slovakia europe
SL sierra-leone africa
SM san-marino europe
SN senegal africa
SO somalia africa
SR suriname americas
SS south-sudan africa
ST sao-tome-and-principe africa
SV el-salvador americas
SY syria middle-east
SZ eswatini africa
TD chad africa
TG togo africa
TH thailand southeast-asia-oceania
TJ tajikistan south-asia
TL timor-leste southeast-asia-oceania
TM turkmenistan south-asia
TN tunisia africa
TO tonga southeast-asia-oceania
TR turkey middle-east
TT trinidad-and-tobago americas
TV tuvalu southeast-asia-oceania
TW taiwan east-asia
TZ tanzania africa
UA ukraine europe
UG uganda africa
US united-states united-states the
UY uruguay americas
UZ uzbekistan south-asia
VC saint-vincent-and-the-grenadines americas
VE venezuela americas
VN vietnam southeast-asia-oceania
VU vanuatu southeast-asia-oceania
WS samoa southeast-asia-oceania
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
