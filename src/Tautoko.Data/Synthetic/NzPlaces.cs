using Tautoko.Core.Calendar;

namespace Tautoko.Data.Synthetic;

/// <summary>One of the agency's regions as the generator lays them out.</summary>
public sealed record RegionSpec(string Code, string Name);

/// <summary>
/// A site the generator can create: its name, agency region, provincial district (for the anniversary
/// day), the town clients' addresses use, an optional suburb, a postcode and a relative size.
/// </summary>
public sealed record SiteSpec(string Name, string RegionCode, AnniversaryDistrict District, string Town, string? Suburb, string? Postcode, int Weight);

/// <summary>Regions, service-centre towns and the other sites of a New Zealand-shaped agency.</summary>
public static class NzPlaces
{
    public const string Northland = "NTH";
    public const string AucklandMetro = "AKL";
    public const string Waikato = "WKO";
    public const string BayOfPlenty = "BOP";
    public const string EastCoast = "ECO";
    public const string Taranaki = "TKI";
    public const string Central = "CEN";
    public const string Wellington = "WGN";
    public const string Nelson = "NEL";
    public const string Canterbury = "CAN";
    public const string Southern = "STH";
    public const string ContactCentresRegion = "CCS";
    public const string CentralisedServicesRegion = "CSV";

    // 003: S2P offers a selectable list of 13 regions.
    public static IReadOnlyList<RegionSpec> Regions { get; } =
    [
        new(Northland, "Northland"),
        new(AucklandMetro, "Auckland Metro"),
        new(Waikato, "Waikato"),
        new(BayOfPlenty, "Bay of Plenty"),
        new(EastCoast, "East Coast"),
        new(Taranaki, "Taranaki"),
        new(Central, "Central"),
        new(Wellington, "Wellington"),
        new(Nelson, "Nelson"),
        new(Canterbury, "Canterbury"),
        new(Southern, "Southern"),
        new(ContactCentresRegion, "Contact Centres"),
        new(CentralisedServicesRegion, "Centralised Services"),
    ];

    // 002: phone-based caseloads are Jobseeker Work Ready clients from these five regions.
    public static IReadOnlyList<string> PhoneBasedRegions { get; } = [AucklandMetro, Waikato, BayOfPlenty, Wellington, Canterbury];

    /// <summary>
    /// The 122 service centres (003). The seeds' sites come first (Masterton, the three with reduced
    /// hours, the rural centres 003 names), so a profile with N centres takes the first N.
    /// </summary>
    public static IReadOnlyList<SiteSpec> ServiceCentres { get; } = BuildServiceCentres();

    /// <summary>The two phone-based case management units (002, 003).</summary>
    public static IReadOnlyList<SiteSpec> PhoneBasedUnits { get; } =
    [
        new("Whanganui Phone-based Case Management", Central, AnniversaryDistrict.Wellington, "Whanganui", null, "4500", 1),
        new("Napier Phone-based Case Management", EastCoast, AnniversaryDistrict.HawkesBay, "Napier", null, "4110", 1),
    ];

    public static IReadOnlyList<SiteSpec> ContactCentres { get; } =
    [
        new("Palmerston North Contact Centre", ContactCentresRegion, AnniversaryDistrict.Wellington, "Palmerston North", null, "4410", 1),
        new("Manukau Contact Centre", ContactCentresRegion, AnniversaryDistrict.Auckland, "Auckland", "Manukau", "2104", 1),
        new("Hamilton Contact Centre", ContactCentresRegion, AnniversaryDistrict.Auckland, "Hamilton", null, "3204", 1),
        new("Lower Hutt Contact Centre", ContactCentresRegion, AnniversaryDistrict.Wellington, "Lower Hutt", null, "5010", 1),
        new("Christchurch Contact Centre", ContactCentresRegion, AnniversaryDistrict.Canterbury, "Christchurch", null, "8011", 1),
        new("Dunedin Contact Centre", ContactCentresRegion, AnniversaryDistrict.Otago, "Dunedin", null, "9016", 1),
    ];

    public static IReadOnlyList<SiteSpec> CentralisedServices { get; } =
    [
        new("Centralised Services Wellington", CentralisedServicesRegion, AnniversaryDistrict.Wellington, "Wellington", null, "6011", 1),
        new("Centralised Services Christchurch", CentralisedServicesRegion, AnniversaryDistrict.Canterbury, "Christchurch", null, "8011", 1),
        new("Central Processing Unit Palmerston North", CentralisedServicesRegion, AnniversaryDistrict.Wellington, "Palmerston North", null, "4410", 1),
    ];

    public static SiteSpec NationalOffice { get; } =
        new("National Office", CentralisedServicesRegion, AnniversaryDistrict.Wellington, "Wellington", null, "6011", 1);

    private static List<SiteSpec> BuildServiceCentres()
    {
        const AnniversaryDistrict Akl = AnniversaryDistrict.Auckland;
        const AnniversaryDistrict Wgn = AnniversaryDistrict.Wellington;
        const AnniversaryDistrict Hb = AnniversaryDistrict.HawkesBay;
        const AnniversaryDistrict Tki = AnniversaryDistrict.Taranaki;
        const AnniversaryDistrict Nsn = AnniversaryDistrict.Nelson;
        const AnniversaryDistrict Mbh = AnniversaryDistrict.Marlborough;
        const AnniversaryDistrict Wst = AnniversaryDistrict.Westland;
        const AnniversaryDistrict Chc = AnniversaryDistrict.Canterbury;
        const AnniversaryDistrict Sca = AnniversaryDistrict.SouthCanterbury;
        const AnniversaryDistrict Ota = AnniversaryDistrict.Otago;
        const AnniversaryDistrict Sld = AnniversaryDistrict.Southland;

        static SiteSpec Town(string name, string region, AnniversaryDistrict district, string? postcode, int weight) =>
            new(name, region, district, name, null, postcode, weight);

        static SiteSpec Suburb(string name, string town, string region, AnniversaryDistrict district, string? postcode, int weight) =>
            new(name, region, district, town, name, postcode, weight);

        static SiteSpec Branch(string town, string suburb, string region, AnniversaryDistrict district, string? postcode, int weight) =>
            new($"{town} {suburb}", region, district, town, suburb, postcode, weight);

        return
        [
            // The seeds' sites (003): Masterton, the three with reduced hours, and the rural centres it names.
            Town("Masterton", Wellington, Wgn, "5810", 3),
            Town("Ohakune", Central, Wgn, "4625", 1),
            Town("Murupara", BayOfPlenty, Akl, "3025", 1),
            Town("Takaka", Nelson, Nsn, "7110", 1),
            Town("Taumarunui", Central, Wgn, "3920", 1),
            Town("Dannevirke", Central, Hb, "4930", 1),
            Town("Thames", Waikato, Akl, "3500", 2),
            Town("Marton", Central, Wgn, "4710", 1),
            Town("Taihape", Central, Wgn, "4720", 1),

            // Northland
            Town("Whangārei", Northland, Akl, "0110", 4),
            Suburb("Tikipunga", "Whangārei", Northland, Akl, "0112", 2),
            Town("Kaitaia", Northland, Akl, "0410", 2),
            Town("Kaikohe", Northland, Akl, "0405", 2),
            Town("Kerikeri", Northland, Akl, "0230", 2),
            Town("Dargaville", Northland, Akl, "0310", 1),

            // Auckland Metro
            Suburb("Auckland Central", "Auckland", AucklandMetro, Akl, "1010", 3),
            Suburb("Mount Roskill", "Auckland", AucklandMetro, Akl, "1041", 3),
            Suburb("Avondale", "Auckland", AucklandMetro, Akl, "1026", 2),
            Suburb("New Lynn", "Auckland", AucklandMetro, Akl, "0600", 3),
            Suburb("Henderson", "Auckland", AucklandMetro, Akl, "0612", 3),
            Suburb("Massey", "Auckland", AucklandMetro, Akl, "0614", 2),
            Suburb("Glenfield", "Auckland", AucklandMetro, Akl, "0629", 2),
            Suburb("Takapuna", "Auckland", AucklandMetro, Akl, "0622", 2),
            Suburb("Northcote", "Auckland", AucklandMetro, Akl, "0627", 2),
            Suburb("Albany", "Auckland", AucklandMetro, Akl, "0632", 2),
            Town("Ōrewa", AucklandMetro, Akl, "0931", 2),
            Town("Warkworth", AucklandMetro, Akl, "0910", 1),
            Suburb("Ōnehunga", "Auckland", AucklandMetro, Akl, "1061", 2),
            Suburb("Panmure", "Auckland", AucklandMetro, Akl, "1072", 2),
            Suburb("Pakuranga", "Auckland", AucklandMetro, Akl, "2010", 2),
            Suburb("Botany", "Auckland", AucklandMetro, Akl, "2013", 2),
            Suburb("Ōtāhuhu", "Auckland", AucklandMetro, Akl, "1062", 3),
            Suburb("Māngere", "Auckland", AucklandMetro, Akl, "2022", 3),
            Suburb("Ōtara", "Auckland", AucklandMetro, Akl, "2023", 3),
            Suburb("Papatoetoe", "Auckland", AucklandMetro, Akl, "2025", 3),
            Suburb("Manukau", "Auckland", AucklandMetro, Akl, "2104", 4),
            Suburb("Manurewa", "Auckland", AucklandMetro, Akl, "2102", 4),
            Suburb("Papakura", "Auckland", AucklandMetro, Akl, "2110", 3),
            Town("Pukekohe", AucklandMetro, Akl, "2120", 2),

            // Waikato
            Branch("Hamilton", "Central", Waikato, Akl, "3204", 3),
            Branch("Hamilton", "Frankton", Waikato, Akl, "3204", 2),
            Town("Huntly", Waikato, Akl, "3700", 1),
            Town("Ngāruawāhia", Waikato, Akl, "3720", 1),
            Town("Te Awamutu", Waikato, Akl, "3800", 2),
            Town("Cambridge", Waikato, Akl, "3434", 1),
            Town("Matamata", Waikato, Akl, "3400", 1),
            Town("Morrinsville", Waikato, Akl, "3300", 1),
            Town("Paeroa", Waikato, Akl, "3600", 1),
            Town("Waihi", Waikato, Akl, "3610", 1),
            Town("Tokoroa", Waikato, Akl, "3420", 2),
            Town("Te Kūiti", Waikato, Akl, "3910", 1),
            Town("Taupō", Waikato, Akl, "3330", 2),
            Town("Tūrangi", Waikato, Akl, "3334", 1),

            // Bay of Plenty
            Town("Tauranga", BayOfPlenty, Akl, "3110", 3),
            Suburb("Greerton", "Tauranga", BayOfPlenty, Akl, "3112", 2),
            Town("Mount Maunganui", BayOfPlenty, Akl, "3116", 2),
            Town("Te Puke", BayOfPlenty, Akl, "3119", 1),
            Town("Rotorua", BayOfPlenty, Akl, "3010", 3),
            Suburb("Western Heights", "Rotorua", BayOfPlenty, Akl, "3015", 2),
            Town("Whakatāne", BayOfPlenty, Akl, "3120", 2),
            Town("Kawerau", BayOfPlenty, Akl, "3127", 1),
            Town("Ōpōtiki", BayOfPlenty, Akl, "3122", 1),

            // East Coast
            Town("Gisborne", EastCoast, Akl, "4010", 3),
            Town("Ruatōria", EastCoast, Akl, "4032", 1),
            Town("Wairoa", EastCoast, Hb, "4108", 1),
            Town("Napier", EastCoast, Hb, "4110", 3),
            Suburb("Maraenui", "Napier", EastCoast, Hb, "4110", 2),
            Suburb("Taradale", "Napier", EastCoast, Hb, "4112", 1),
            Town("Hastings", EastCoast, Hb, "4122", 3),
            Suburb("Flaxmere", "Hastings", EastCoast, Hb, "4120", 2),
            Town("Waipukurau", EastCoast, Hb, "4200", 1),

            // Taranaki
            Town("New Plymouth", Taranaki, Tki, "4310", 3),
            Town("Waitara", Taranaki, Tki, "4320", 1),
            Town("Stratford", Taranaki, Tki, "4332", 1),
            Town("Hāwera", Taranaki, Tki, "4610", 2),
            Town("Ōpunake", Taranaki, Tki, "4616", 1),

            // Central
            Town("Palmerston North", Central, Wgn, "4410", 3),
            Suburb("Highbury", "Palmerston North", Central, Wgn, "4412", 2),
            Town("Feilding", Central, Wgn, "4702", 1),
            Town("Levin", Central, Wgn, "5510", 2),
            Town("Whanganui", Central, Wgn, "4500", 3),
            Suburb("Gonville", "Whanganui", Central, Wgn, "4501", 2),

            // Wellington
            Suburb("Wellington Central", "Wellington", Wellington, Wgn, "6011", 3),
            Suburb("Newtown", "Wellington", Wellington, Wgn, "6021", 2),
            Suburb("Johnsonville", "Wellington", Wellington, Wgn, "6037", 2),
            Town("Porirua", Wellington, Wgn, "5022", 3),
            Suburb("Cannons Creek", "Porirua", Wellington, Wgn, "5024", 2),
            Town("Lower Hutt", Wellington, Wgn, "5010", 3),
            Suburb("Naenae", "Lower Hutt", Wellington, Wgn, "5011", 2),
            Town("Wainuiomata", Wellington, Wgn, "5014", 2),
            Town("Upper Hutt", Wellington, Wgn, "5018", 2),
            Town("Paraparaumu", Wellington, Wgn, "5032", 2),
            Town("Ōtaki", Wellington, Wgn, "5512", 1),

            // Nelson, Marlborough and the West Coast
            Town("Nelson", Nelson, Nsn, "7010", 2),
            Suburb("Stoke", "Nelson", Nelson, Nsn, "7011", 1),
            Town("Richmond", Nelson, Nsn, "7020", 1),
            Town("Motueka", Nelson, Nsn, "7120", 1),
            Town("Blenheim", Nelson, Mbh, "7201", 2),
            Town("Picton", Nelson, Mbh, "7220", 1),
            Town("Westport", Nelson, Nsn, "7825", 1),
            Town("Greymouth", Nelson, Wst, "7805", 2),
            Town("Hokitika", Nelson, Wst, "7810", 1),

            // Canterbury
            Branch("Christchurch", "Central", Canterbury, Chc, "8011", 3),
            Branch("Christchurch", "Riccarton", Canterbury, Chc, "8041", 2),
            Branch("Christchurch", "Linwood", Canterbury, Chc, "8062", 2),
            Branch("Christchurch", "Papanui", Canterbury, Chc, "8053", 2),
            Branch("Christchurch", "Shirley", Canterbury, Chc, "8013", 2),
            Branch("Christchurch", "Hornby", Canterbury, Chc, "8042", 2),
            Branch("Christchurch", "New Brighton", Canterbury, Chc, "8083", 2),
            Town("Rangiora", Canterbury, Chc, "7400", 2),
            Town("Kaiapoi", Canterbury, Chc, "7630", 1),
            Town("Ashburton", Canterbury, Chc, "7700", 2),
            Town("Timaru", Canterbury, Sca, "7910", 2),
            Town("Waimate", Canterbury, Sca, "7924", 1),

            // Southern
            Branch("Dunedin", "Central", Southern, Ota, "9016", 3),
            Branch("Dunedin", "South", Southern, Ota, "9012", 2),
            Town("Oamaru", Southern, Ota, "9400", 2),
            Town("Alexandra", Southern, Ota, "9320", 1),
            Town("Balclutha", Southern, Ota, "9230", 1),
            Town("Queenstown", Southern, Ota, "9300", 1),
            Town("Invercargill", Southern, Sld, "9810", 3),
            Town("Gore", Southern, Sld, "9710", 1),
        ];
    }
}
