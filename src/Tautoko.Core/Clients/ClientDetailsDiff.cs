namespace Tautoko.Core.Clients;

public static class ClientDetailsDiff
{
    /// <summary>The names of the fields that differ between two versions of a client's details.</summary>
    public static IReadOnlyList<string> Changed(ClientDetails before, ClientDetails after)
    {
        var changed = new List<string>();
        void Check<T>(string name, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                changed.Add(name);
            }
        }

        Check("firstName", before.FirstName, after.FirstName.Trim());
        Check("middleNames", before.MiddleNames, string.IsNullOrWhiteSpace(after.MiddleNames) ? null : after.MiddleNames.Trim());
        Check("lastName", before.LastName, after.LastName.Trim());
        Check("preferredName", before.PreferredName, string.IsNullOrWhiteSpace(after.PreferredName) ? null : after.PreferredName.Trim());
        Check("dateOfBirth", before.DateOfBirth, after.DateOfBirth);
        Check("phone", before.Phone, string.IsNullOrWhiteSpace(after.Phone) ? null : after.Phone.Trim());
        Check("email", before.Email, string.IsNullOrWhiteSpace(after.Email) ? null : after.Email.Trim());
        Check("preferredChannel", before.PreferredChannel, after.PreferredChannel);
        Check("address", before.Address, after.Address);
        Check("homeSiteId", before.HomeSiteId, after.HomeSiteId);
        Check("benefit", before.Benefit, after.Benefit);
        Check("benefitStartDate", before.BenefitStartDate, after.BenefitStartDate);
        Check("obligation", before.Obligation, after.Obligation);
        Check("flags", before.Flags, after.Flags);
        Check("gender", before.Gender, after.Gender);
        Check("ethnicity", before.Ethnicity, after.Ethnicity);
        return changed;
    }
}
