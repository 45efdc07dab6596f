namespace Tautoko.Data.Synthetic;

/// <summary>Street names of the kind found in most New Zealand towns.</summary>
internal static class NzStreets
{
    public static readonly string[] Names =
    [
        "Queen Street", "King Street", "Victoria Street", "Albert Street", "Church Street", "High Street", "Main Street",
        "Station Road", "Park Road", "Hospital Road", "Beach Road", "Gordon Street", "Bridge Street", "Russell Street",
        "Kōwhai Avenue", "Tōtara Crescent", "Pōhutukawa Drive", "Rimu Road", "Miro Street", "Mānuka Place", "Kauri Street",
        "Tūī Street", "Kererū Lane", "Rātā Street", "Matai Street", "Karaka Grove", "Harakeke Way", "Te Awa Road",
        "Nikau Street", "Puriri Street", "Kahikatea Drive", "Tawa Street", "Raupō Place", "Aroha Avenue", "Waimea Road",
        "Cook Street", "Tasman Street", "Wakefield Street", "Grey Street", "Seddon Street", "Ballance Street", "Massey Road",
        "Dixon Street", "Chapel Street", "Cole Street", "Lincoln Road", "Great North Road", "Great South Road", "Hutt Road",
        "Jackson Street", "Vogel Street", "Fitzherbert Avenue", "Durham Street", "Essex Street", "Kent Terrace",
        "Marine Parade", "Esplanade", "Wharf Street", "Mill Road", "School Road", "Domain Road", "Totara Street",
        "Hinemoa Street", "Tūtānekai Street", "Ranolf Street", "Pukuatua Street", "Kamo Road", "Bank Street",
    ];

    public static readonly string[] RuralRoads =
    [
        "State Highway 1", "State Highway 2", "Valley Road", "Ridge Road", "Gorge Road", "Coast Road", "Back Road", "River Road",
    ];
}
