namespace Tautoko.Data.Synthetic;

/// <summary>Where a synthetic person's names come from; the mix follows New Zealand's beneficiary population loosely.</summary>
internal enum NameGroup
{
    Maori,
    Pakeha,
    Samoan,
    Tongan,
    CookIslands,
    Chinese,
    Korean,
    Filipino,
    Indian,
    MiddleEasternOrAfrican,
    LatinAmerican,
}

internal sealed record NamePool(string[] Female, string[] Male, string[] Surnames);

/// <summary>
/// Given names and surnames for synthetic people. Māori names keep their macrons; iwi and hapū names
/// are deliberately not used as surnames.
/// </summary>
internal static class NzNames
{
    public static readonly NamePool Maori = new(
        Female: ["Aroha", "Mere", "Kiri", "Ānahera", "Mānia", "Hine", "Huia", "Moana", "Ngaire", "Tui", "Āwhina", "Wikitoria", "Hana", "Marama", "Ataahua", "Kahurangi", "Māia", "Miriama", "Mereana", "Waimarie", "Pania", "Hinemoa", "Rāwinia", "Ngaio", "Kaia", "Roimata", "Te Ao", "Maata", "Rangimārie", "Kōwhai"],
        Male: ["Tama", "Wiremu", "Hēmi", "Tāne", "Rāwiri", "Nikau", "Manaaki", "Ihaia", "Hōhepa", "Tamati", "Mikaere", "Piripi", "Tipene", "Te Rangi", "Kauri", "Matiu", "Pita", "Rewi", "Hone", "Māui", "Kahu", "Tāwhiri", "Arama", "Pāora", "Raniera", "Ihaka", "Rongo", "Wetini", "Hōani", "Tūmanako"],
        Surnames: ["Ngāta", "Tūhiwai", "Te Whare", "Pōtaka", "Māka", "Parata", "Rāwiri", "Tipene", "Kereama", "Hēnare", "Pōmare", "Te Rangi", "Paewai", "Wihongi", "Hōhaia", "Tamihana", "Rēweti", "Tūrei", "Whaanga", "Te Kani", "Hēmara", "Tāwhai", "Nikora", "Tūwhare", "Te Moana", "Waaka", "Paraone", "Tomoana", "Kīngi", "Reihana", "Pene", "Waititi", "Hura", "Tākerei", "Tarei", "Rāpana", "Hākaraia", "Te Huia", "Mātene", "Wātene"]);

    public static readonly NamePool Pakeha = new(
        Female: ["Sarah", "Emma", "Jessica", "Hannah", "Olivia", "Charlotte", "Amelia", "Sophie", "Rachel", "Michelle", "Karen", "Nicola", "Rebecca", "Megan", "Kate", "Lisa", "Jane", "Gemma", "Chloe", "Ruby", "Isla", "Grace", "Zoe", "Lucy", "Tracey", "Deborah", "Helen", "Sandra", "Margaret", "Judith", "Kylie", "Shona", "Robyn", "Brooke", "Courtney"],
        Male: ["James", "Daniel", "Michael", "David", "Matthew", "Benjamin", "Joshua", "Samuel", "Liam", "Jack", "Oliver", "Thomas", "Ryan", "Luke", "Jacob", "Nathan", "Shane", "Craig", "Brendon", "Wayne", "Glenn", "Peter", "John", "Robert", "Mark", "Andrew", "Scott", "Hamish", "Cameron", "Blair", "Kevin", "Trevor", "Dylan", "Bradley", "Grant"],
        Surnames: ["Smith", "Wilson", "Williams", "Brown", "Taylor", "Jones", "Anderson", "Thompson", "Walker", "White", "Harris", "Martin", "Clark", "Robinson", "Young", "King", "Wright", "Mitchell", "Campbell", "Stewart", "Scott", "Morris", "Hughes", "Edwards", "Bennett", "Murray", "MacDonald", "Reid", "Fraser", "Hall", "Baker", "Cooper", "Turner", "Carter", "O'Brien", "O'Connor", "Kelly", "Ryan", "McKenzie", "Sullivan", "Barrett", "Henderson", "Gallagher", "Pearce", "Dunn"]);

    public static readonly NamePool Samoan = new(
        Female: ["Sina", "Lagi", "Malia", "Fetu", "Losa", "Tala", "Mele", "Aolele", "Fa'afetai", "Leilani", "Salamasina", "Tausala", "Grace", "Faith", "Ruta"],
        Male: ["Tavita", "Ioane", "Sefo", "Iosefa", "Filipo", "Malakai", "Tupe", "Pule", "Sione", "Fa'amoe", "Lafaele", "Semisi", "Tuilagi", "Peniamina", "Eti"],
        Surnames: ["Faleolo", "Leota", "Tuilagi", "Aiono", "Sapolu", "Toleafoa", "Fuimaono", "Lemalu", "Pouono", "Fa'amausili", "Sāmasoni", "Schuster", "Leavasa", "Tuala", "Alofaituli", "Va'ai", "Petelo", "Ioane"]);

    public static readonly NamePool Tongan = new(
        Female: ["Losaline", "Mele", "Salote", "'Ana", "Seini", "Lupe", "Sela", "Ofa", "Kalolaine", "Manu", "Heilala", "Lesieli"],
        Male: ["Sione", "Siaosi", "Viliami", "Tevita", "Sitani", "Paula", "Semisi", "Taniela", "Lisiate", "Mosese", "Feleti", "Kalolo"],
        Surnames: ["Tupou", "Fifita", "Taufa", "Vaipulu", "Havili", "Kioa", "Lolohea", "Moala", "Latu", "Vea", "Mahe", "Fonua", "Veikune", "Kata", "Tu'ipulotu", "Helu"]);

    public static readonly NamePool CookIslands = new(
        Female: ["Teina", "Mata", "Tangi", "Tepaeru", "Ngā", "Mii", "Teuira", "Mama", "Tuaine", "Nga"],
        Male: ["Tere", "Teariki", "Tangata", "Mata", "Tupou", "Ngatama", "Tuaine", "Piri", "Teava", "Maara"],
        Surnames: ["Marsters", "Teariki", "Tuara", "Pokino", "Mataroa", "Tatuava", "Tupa", "Samuela", "Mataiti", "Tuakana", "Ngatae", "Vaevae"]);

    public static readonly NamePool Chinese = new(
        Female: ["Mei", "Jing", "Li", "Yan", "Hui", "Xiao", "Lin", "Amy", "Jenny", "Grace", "Wen", "Ying"],
        Male: ["Wei", "Jun", "Ming", "Hao", "Lei", "Kevin", "Eric", "Jason", "Tao", "Bo", "Chen", "Yang"],
        Surnames: ["Wang", "Li", "Zhang", "Chen", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Lin", "Wong", "Chan", "Lee", "Ng"]);

    public static readonly NamePool Korean = new(
        Female: ["Ji-woo", "Seo-yeon", "Min-ji", "Su-bin", "Ha-eun", "Eun-ji"],
        Male: ["Min-jun", "Hyun-woo", "Ji-hoon", "Seung-ho", "Do-yun", "Jae-won"],
        Surnames: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"]);

    public static readonly NamePool Filipino = new(
        Female: ["Maria", "Angelica", "Kristine", "Jocelyn", "Marites", "Rowena", "Jasmine", "Lorna"],
        Male: ["Jose", "Mark", "Jerome", "Rodel", "Jun", "Ramon", "Arnel", "Christian"],
        Surnames: ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva", "Ramos", "Aquino"]);

    public static readonly NamePool Indian = new(
        Female: ["Priya", "Anjali", "Sunita", "Pooja", "Neha", "Kavita", "Deepa", "Harpreet", "Simran", "Aarti", "Shalini", "Roshni"],
        Male: ["Rahul", "Amit", "Sanjay", "Vikram", "Rajesh", "Arjun", "Harjit", "Gurpreet", "Manpreet", "Sandeep", "Vijay", "Ravinesh"],
        Surnames: ["Singh", "Kaur", "Patel", "Sharma", "Kumar", "Prasad", "Reddy", "Naidu", "Chand", "Ram", "Lal", "Gill", "Sandhu", "Dhillon", "Nair"]);

    public static readonly NamePool MiddleEasternOrAfrican = new(
        Female: ["Amina", "Fatima", "Hodan", "Maryam", "Layla", "Nasra", "Zainab", "Hawa", "Rania"],
        Male: ["Omar", "Yusuf", "Abdullahi", "Ahmad", "Mohamed", "Hassan", "Khalid", "Ibrahim", "Samir"],
        Surnames: ["Ahmed", "Mohamed", "Hassan", "Ali", "Abdi", "Nur", "Al-Hassan", "Haddad", "Osman", "Yousef", "Karimi"]);

    public static readonly NamePool LatinAmerican = new(
        Female: ["Ana Sofía", "Valentina", "Camila", "Lucía", "María José", "Daniela"],
        Male: ["Jorge", "Andrés", "Santiago", "Sebastián", "Diego", "Matías"],
        Surnames: ["Rodríguez", "Martínez", "González", "Hernández", "López", "Gómez", "Díaz", "Pérez"]);

    // Main-benefit recipients: roughly a third Māori, a third Pākehā, then Pasifika, Asian, Indian and others.
    public static readonly (NameGroup Group, double Weight)[] ClientMix =
    [
        (NameGroup.Maori, 36), (NameGroup.Pakeha, 37), (NameGroup.Samoan, 6), (NameGroup.Tongan, 3.5),
        (NameGroup.CookIslands, 2.5), (NameGroup.Chinese, 3), (NameGroup.Korean, 1), (NameGroup.Filipino, 2),
        (NameGroup.Indian, 5), (NameGroup.MiddleEasternOrAfrican, 2.5), (NameGroup.LatinAmerican, 1.5),
    ];

    public static readonly (NameGroup Group, double Weight)[] StaffMix =
    [
        (NameGroup.Maori, 24), (NameGroup.Pakeha, 48), (NameGroup.Samoan, 5), (NameGroup.Tongan, 3),
        (NameGroup.CookIslands, 2), (NameGroup.Chinese, 4), (NameGroup.Korean, 1), (NameGroup.Filipino, 3),
        (NameGroup.Indian, 8), (NameGroup.MiddleEasternOrAfrican, 1), (NameGroup.LatinAmerican, 1),
    ];

    public static readonly IReadOnlyDictionary<string, string> Nicknames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Robert"] = "Bob",
        ["Margaret"] = "Maggie",
        ["Deborah"] = "Debbie",
        ["Benjamin"] = "Ben",
        ["Samuel"] = "Sam",
        ["Matthew"] = "Matt",
        ["Michael"] = "Mike",
        ["Rebecca"] = "Becky",
        ["Wiremu"] = "Bill",
        ["Hēmi"] = "Jim",
        ["Rāwiri"] = "Dave",
        ["Viliami"] = "Bill",
        ["Siaosi"] = "George",
        ["Tevita"] = "David",
        ["Salamasina"] = "Sina",
        ["Ānahera"] = "Ana",
    };

    public static NamePool Pool(NameGroup group) => group switch
    {
        NameGroup.Maori => Maori,
        NameGroup.Pakeha => Pakeha,
        NameGroup.Samoan => Samoan,
        NameGroup.Tongan => Tongan,
        NameGroup.CookIslands => CookIslands,
        NameGroup.Chinese => Chinese,
        NameGroup.Korean => Korean,
        NameGroup.Filipino => Filipino,
        NameGroup.Indian => Indian,
        NameGroup.MiddleEasternOrAfrican => MiddleEasternOrAfrican,
        NameGroup.LatinAmerican => LatinAmerican,
    };
}
