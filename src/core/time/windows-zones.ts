// Generated from CLDR 48 supplemental/windowsZones.json by generate-windows-zones.ts — do not edit.
// Regenerate: npx tsx src/core/time/generate-windows-zones.ts [path to cldr-core windowsZones.json]

export const cldrVersion = "48";

/** Windows zone name → space-separated IANA ids; the first is CLDR's golden zone (territory 001). */
export const windowsZoneTable = {
  "AUS Central Standard Time": "Australia/Darwin",
  "AUS Eastern Standard Time": "Australia/Sydney Australia/Melbourne",
  "Afghanistan Standard Time": "Asia/Kabul",
  "Alaskan Standard Time":
    "America/Anchorage America/Juneau America/Metlakatla America/Nome America/Sitka America/Yakutat",
  "Aleutian Standard Time": "America/Adak",
  "Altai Standard Time": "Asia/Barnaul",
  "Arab Standard Time": "Asia/Riyadh Asia/Aden Asia/Bahrain Asia/Kuwait Asia/Qatar",
  "Arabian Standard Time": "Asia/Dubai Asia/Muscat Etc/GMT-4",
  "Arabic Standard Time": "Asia/Baghdad",
  "Argentina Standard Time":
    "America/Argentina/Buenos_Aires America/Argentina/Catamarca America/Argentina/Cordoba America/Argentina/Jujuy America/Argentina/La_Rioja America/Argentina/Mendoza America/Argentina/Rio_Gallegos America/Argentina/Salta America/Argentina/San_Juan America/Argentina/San_Luis America/Argentina/Tucuman America/Argentina/Ushuaia America/Buenos_Aires America/Catamarca America/Cordoba America/Jujuy America/Mendoza",
  "Astrakhan Standard Time": "Europe/Astrakhan Europe/Ulyanovsk",
  "Atlantic Standard Time":
    "America/Halifax America/Glace_Bay America/Goose_Bay America/Moncton America/Thule Atlantic/Bermuda",
  "Aus Central W. Standard Time": "Australia/Eucla",
  "Azerbaijan Standard Time": "Asia/Baku",
  "Azores Standard Time": "Atlantic/Azores America/Scoresbysund",
  "Bahia Standard Time": "America/Bahia",
  "Bangladesh Standard Time": "Asia/Dhaka Asia/Thimphu",
  "Belarus Standard Time": "Europe/Minsk",
  "Bougainville Standard Time": "Pacific/Bougainville",
  "Canada Central Standard Time": "America/Regina America/Swift_Current",
  "Cape Verde Standard Time": "Atlantic/Cape_Verde Etc/GMT+1",
  "Caucasus Standard Time": "Asia/Yerevan",
  "Cen. Australia Standard Time": "Australia/Adelaide Australia/Broken_Hill",
  "Central America Standard Time":
    "America/Guatemala America/Belize America/Costa_Rica America/El_Salvador America/Managua America/Tegucigalpa Etc/GMT+6 Pacific/Galapagos",
  "Central Asia Standard Time":
    "Asia/Bishkek Antarctica/Vostok Asia/Urumqi Etc/GMT-6 Indian/Chagos",
  "Central Brazilian Standard Time": "America/Cuiaba America/Campo_Grande",
  "Central Europe Standard Time":
    "Europe/Budapest Europe/Belgrade Europe/Bratislava Europe/Ljubljana Europe/Podgorica Europe/Prague Europe/Tirane",
  "Central European Standard Time": "Europe/Warsaw Europe/Sarajevo Europe/Skopje Europe/Zagreb",
  "Central Pacific Standard Time":
    "Pacific/Guadalcanal Antarctica/Casey Etc/GMT-11 Pacific/Efate Pacific/Kosrae Pacific/Noumea Pacific/Pohnpei Pacific/Ponape",
  "Central Standard Time":
    "America/Chicago America/Indiana/Knox America/Indiana/Tell_City America/Matamoros America/Menominee America/North_Dakota/Beulah America/North_Dakota/Center America/North_Dakota/New_Salem America/Ojinaga America/Rankin_Inlet America/Resolute America/Winnipeg",
  "Central Standard Time (Mexico)":
    "America/Mexico_City  America/Bahia_Banderas America/Chihuahua America/Merida America/Monterrey",
  "Chatham Islands Standard Time": "Pacific/Chatham",
  "China Standard Time": "Asia/Shanghai Asia/Hong_Kong Asia/Macau",
  "Cuba Standard Time": "America/Havana",
  "Dateline Standard Time": "Etc/GMT+12",
  "E. Africa Standard Time":
    "Africa/Nairobi Africa/Addis_Ababa Africa/Asmara Africa/Asmera Africa/Dar_es_Salaam Africa/Djibouti Africa/Kampala Africa/Mogadishu Antarctica/Syowa Etc/GMT-3 Indian/Antananarivo Indian/Comoro Indian/Mayotte",
  "E. Australia Standard Time": "Australia/Brisbane Australia/Lindeman",
  "E. Europe Standard Time": "Europe/Chisinau",
  "E. South America Standard Time": "America/Sao_Paulo",
  "Easter Island Standard Time": "Pacific/Easter",
  "Eastern Standard Time":
    "America/New_York America/Detroit America/Indiana/Petersburg America/Indiana/Vincennes America/Indiana/Winamac America/Iqaluit America/Kentucky/Louisville America/Kentucky/Monticello America/Louisville America/Nassau America/Toronto",
  "Eastern Standard Time (Mexico)": "America/Cancun",
  "Egypt Standard Time": "Africa/Cairo",
  "Ekaterinburg Standard Time": "Asia/Yekaterinburg",
  "FLE Standard Time":
    "Europe/Kyiv Europe/Helsinki Europe/Kiev Europe/Mariehamn Europe/Riga Europe/Sofia Europe/Tallinn Europe/Vilnius",
  "Fiji Standard Time": "Pacific/Fiji",
  "GMT Standard Time":
    "Europe/London Atlantic/Canary Atlantic/Faeroe Atlantic/Faroe Atlantic/Madeira Europe/Dublin Europe/Guernsey Europe/Isle_of_Man Europe/Jersey Europe/Lisbon",
  "GTB Standard Time": "Europe/Bucharest Asia/Famagusta Asia/Nicosia Europe/Athens",
  "Georgian Standard Time": "Asia/Tbilisi",
  "Greenland Standard Time": "America/Nuuk America/Godthab",
  "Greenwich Standard Time":
    "Atlantic/Reykjavik Africa/Abidjan Africa/Accra Africa/Bamako Africa/Banjul Africa/Bissau Africa/Conakry Africa/Dakar Africa/Freetown Africa/Lome Africa/Monrovia Africa/Nouakchott Africa/Ouagadougou America/Danmarkshavn Atlantic/St_Helena",
  "Haiti Standard Time": "America/Port-au-Prince",
  "Hawaiian Standard Time": "Pacific/Honolulu Etc/GMT+10 Pacific/Rarotonga Pacific/Tahiti",
  "India Standard Time": "Asia/Kolkata Asia/Calcutta",
  "Iran Standard Time": "Asia/Tehran",
  "Israel Standard Time": "Asia/Jerusalem",
  "Jordan Standard Time": "Asia/Amman",
  "Kaliningrad Standard Time": "Europe/Kaliningrad",
  "Korea Standard Time": "Asia/Seoul",
  "Libya Standard Time": "Africa/Tripoli",
  "Line Islands Standard Time": "Pacific/Kiritimati Etc/GMT-14",
  "Lord Howe Standard Time": "Australia/Lord_Howe",
  "Magadan Standard Time": "Asia/Magadan",
  "Magallanes Standard Time": "America/Punta_Arenas America/Coyhaique",
  "Marquesas Standard Time": "Pacific/Marquesas",
  "Mauritius Standard Time": "Indian/Mauritius Indian/Mahe Indian/Reunion",
  "Middle East Standard Time": "Asia/Beirut",
  "Montevideo Standard Time": "America/Montevideo",
  "Morocco Standard Time": "Africa/Casablanca Africa/El_Aaiun",
  "Mountain Standard Time":
    "America/Denver America/Boise America/Cambridge_Bay America/Ciudad_Juarez America/Edmonton America/Inuvik",
  "Mountain Standard Time (Mexico)": "America/Mazatlan",
  "Myanmar Standard Time": "Asia/Yangon Asia/Rangoon Indian/Cocos",
  "N. Central Asia Standard Time": "Asia/Novosibirsk",
  "Namibia Standard Time": "Africa/Windhoek",
  "Nepal Standard Time": "Asia/Kathmandu Asia/Katmandu",
  "New Zealand Standard Time": "Pacific/Auckland Antarctica/McMurdo",
  "Newfoundland Standard Time": "America/St_Johns",
  "Norfolk Standard Time": "Pacific/Norfolk",
  "North Asia East Standard Time": "Asia/Irkutsk",
  "North Asia Standard Time": "Asia/Krasnoyarsk Asia/Novokuznetsk",
  "North Korea Standard Time": "Asia/Pyongyang",
  "Omsk Standard Time": "Asia/Omsk",
  "Pacific SA Standard Time": "America/Santiago",
  "Pacific Standard Time": "America/Los_Angeles America/Vancouver",
  "Pacific Standard Time (Mexico)": "America/Tijuana",
  "Pakistan Standard Time": "Asia/Karachi",
  "Paraguay Standard Time": "America/Asuncion",
  "Qyzylorda Standard Time": "Asia/Qyzylorda",
  "Romance Standard Time":
    "Europe/Paris Africa/Ceuta Europe/Brussels Europe/Copenhagen Europe/Madrid",
  "Russia Time Zone 10": "Asia/Srednekolymsk",
  "Russia Time Zone 11": "Asia/Kamchatka Asia/Anadyr",
  "Russia Time Zone 3": "Europe/Samara",
  "Russian Standard Time": "Europe/Moscow Europe/Kirov Europe/Simferopol",
  "SA Eastern Standard Time":
    "America/Cayenne America/Belem America/Fortaleza America/Maceio America/Paramaribo America/Recife America/Santarem Antarctica/Palmer Antarctica/Rothera Atlantic/Stanley Etc/GMT+3",
  "SA Pacific Standard Time":
    "America/Bogota America/Atikokan America/Cayman America/Coral_Harbour America/Eirunepe America/Guayaquil America/Jamaica America/Lima America/Panama America/Rio_Branco Etc/GMT+5",
  "SA Western Standard Time":
    "America/La_Paz America/Anguilla America/Antigua America/Aruba America/Barbados America/Blanc-Sablon America/Boa_Vista America/Curacao America/Dominica America/Grenada America/Guadeloupe America/Guyana America/Kralendijk America/Lower_Princes America/Manaus America/Marigot America/Martinique America/Montserrat America/Port_of_Spain America/Porto_Velho America/Puerto_Rico America/Santo_Domingo America/St_Barthelemy America/St_Kitts America/St_Lucia America/St_Thomas America/St_Vincent America/Tortola Etc/GMT+4",
  "SE Asia Standard Time":
    "Asia/Bangkok Antarctica/Davis Asia/Ho_Chi_Minh Asia/Jakarta Asia/Phnom_Penh Asia/Pontianak Asia/Saigon Asia/Vientiane Etc/GMT-7 Indian/Christmas",
  "Saint Pierre Standard Time": "America/Miquelon",
  "Sakhalin Standard Time": "Asia/Sakhalin",
  "Samoa Standard Time": "Pacific/Apia",
  "Sao Tome Standard Time": "Africa/Sao_Tome",
  "Saratov Standard Time": "Europe/Saratov",
  "Singapore Standard Time":
    "Asia/Singapore Asia/Brunei Asia/Kuala_Lumpur Asia/Kuching Asia/Makassar Asia/Manila Etc/GMT-8",
  "South Africa Standard Time":
    "Africa/Johannesburg Africa/Blantyre Africa/Bujumbura Africa/Gaborone Africa/Harare Africa/Kigali Africa/Lubumbashi Africa/Lusaka Africa/Maputo Africa/Maseru Africa/Mbabane Etc/GMT-2",
  "South Sudan Standard Time": "Africa/Juba",
  "Sri Lanka Standard Time": "Asia/Colombo",
  "Sudan Standard Time": "Africa/Khartoum",
  "Syria Standard Time": "Asia/Damascus",
  "Taipei Standard Time": "Asia/Taipei",
  "Tasmania Standard Time": "Australia/Hobart Antarctica/Macquarie",
  "Tocantins Standard Time": "America/Araguaina",
  "Tokyo Standard Time": "Asia/Tokyo Asia/Dili Asia/Jayapura Etc/GMT-9 Pacific/Palau",
  "Tomsk Standard Time": "Asia/Tomsk",
  "Tonga Standard Time": "Pacific/Tongatapu",
  "Transbaikal Standard Time": "Asia/Chita",
  "Turkey Standard Time": "Europe/Istanbul",
  "Turks And Caicos Standard Time": "America/Grand_Turk",
  "US Eastern Standard Time":
    "America/Indiana/Indianapolis America/Indiana/Marengo America/Indiana/Vevay America/Indianapolis",
  "US Mountain Standard Time":
    "America/Phoenix America/Creston America/Dawson_Creek America/Fort_Nelson America/Hermosillo Etc/GMT+7",
  UTC: "Etc/UTC Etc/GMT",
  "UTC+12":
    "Etc/GMT-12 Pacific/Funafuti Pacific/Kwajalein Pacific/Majuro Pacific/Nauru Pacific/Tarawa Pacific/Wake Pacific/Wallis",
  "UTC+13": "Etc/GMT-13 Pacific/Enderbury Pacific/Fakaofo Pacific/Kanton",
  "UTC-02": "Etc/GMT+2 America/Noronha Atlantic/South_Georgia",
  "UTC-08": "Etc/GMT+8 Pacific/Pitcairn",
  "UTC-09": "Etc/GMT+9 Pacific/Gambier",
  "UTC-11": "Etc/GMT+11 Pacific/Midway Pacific/Niue Pacific/Pago_Pago",
  "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
  "Venezuela Standard Time": "America/Caracas",
  "Vladivostok Standard Time": "Asia/Vladivostok Asia/Ust-Nera",
  "Volgograd Standard Time": "Europe/Volgograd",
  "W. Australia Standard Time": "Australia/Perth",
  "W. Central Africa Standard Time":
    "Africa/Lagos Africa/Algiers Africa/Bangui Africa/Brazzaville Africa/Douala Africa/Kinshasa Africa/Libreville Africa/Luanda Africa/Malabo Africa/Ndjamena Africa/Niamey Africa/Porto-Novo Africa/Tunis Etc/GMT-1",
  "W. Europe Standard Time":
    "Europe/Berlin Arctic/Longyearbyen Europe/Amsterdam Europe/Andorra Europe/Busingen Europe/Gibraltar Europe/Luxembourg Europe/Malta Europe/Monaco Europe/Oslo Europe/Rome Europe/San_Marino Europe/Stockholm Europe/Vaduz Europe/Vatican Europe/Vienna Europe/Zurich",
  "W. Mongolia Standard Time": "Asia/Hovd",
  "West Asia Standard Time":
    "Asia/Tashkent Antarctica/Mawson Asia/Almaty Asia/Aqtau Asia/Aqtobe Asia/Ashgabat Asia/Atyrau Asia/Dushanbe Asia/Oral Asia/Qostanay Asia/Samarkand Etc/GMT-5 Indian/Kerguelen Indian/Maldives",
  "West Bank Standard Time": "Asia/Hebron Asia/Gaza",
  "West Pacific Standard Time":
    "Pacific/Port_Moresby Antarctica/DumontDUrville Etc/GMT-10 Pacific/Chuuk Pacific/Guam Pacific/Saipan Pacific/Truk",
  "Yakutsk Standard Time": "Asia/Yakutsk Asia/Khandyga",
  "Yukon Standard Time": "America/Whitehorse America/Dawson",
} as const;

export type WindowsZoneName = keyof typeof windowsZoneTable;
