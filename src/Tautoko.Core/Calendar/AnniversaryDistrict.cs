namespace Tautoko.Core.Calendar;

/// <summary>
/// The provincial district a site is in; its anniversary day is a public holiday there (SPEC appendix).
/// Not the agency's region: a site stores both. Sites store the member name, so do not rename members.
/// </summary>
public enum AnniversaryDistrict
{
    Wellington,
    Auckland,
    Nelson,
    Taranaki,
    Otago,
    Southland,
    SouthCanterbury,
    HawkesBay,
    Marlborough,
    Canterbury,
    Westland,
    ChathamIslands,
}
