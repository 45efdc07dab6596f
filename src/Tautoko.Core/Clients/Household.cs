namespace Tautoko.Core.Clients;

public enum HouseholdRelationship
{
    Partner = 0,
    DependentChild = 1,
    WhanauMember = 2,
}

/// <summary>A partner, dependent child or whānau member in the client's household.</summary>
public sealed record HouseholdMember(Guid Id, HouseholdRelationship Relationship, string FullName, DateOnly? DateOfBirth);

/// <summary>Someone the client has authorised to act for them; their identity must be verified .</summary>
public sealed record ClientAgent(string FullName, string Relationship, string? Phone, bool IsVerified);

public sealed record PostalAddress(string Line1, string? Suburb, string City, string? Postcode)
{
    public override string ToString() =>
        string.Join(", ", new[] { Line1, Suburb, City, Postcode }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
