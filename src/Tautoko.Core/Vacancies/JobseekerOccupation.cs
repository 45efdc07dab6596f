using Tautoko.Core.Common;

namespace Tautoko.Core.Vacancies;

/// <summary>
/// One preferred occupation of a client's Jobseeker Profile, as an ANZSCO code (the profile's preferred-occupations text stays
/// as the person wrote it; these codes make it matchable). A client with at least one is "profiled" for matching.
/// </summary>
public sealed class JobseekerOccupation
{
    private JobseekerOccupation()
    {
        Code = string.Empty;
        MinorGroup = string.Empty;
    }

    public JobseekerOccupation(ClientId clientId, string code)
    {
        Id = Guid.CreateVersion7();
        ClientId = clientId;
        Code = code;
        MinorGroup = AnzscoCatalogue.MinorGroup(code);
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public string Code { get; private set; }

    /// <summary>First three digits of <see cref="Code"/>: the matching query's index key.</summary>
    public string MinorGroup { get; private set; }
}
