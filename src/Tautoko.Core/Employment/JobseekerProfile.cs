using Tautoko.Core.Common;

namespace Tautoko.Core.Employment;

/// <summary>The parts of a Jobseeker Profile as a person enters them (every part free text; null or blank when not known).</summary>
public sealed record JobseekerProfileDetails(
    string? Skills,
    string? Licences,
    string? WorkHistory,
    string? PreferredOccupations,
    string? PreferredHours,
    string? Barriers,
    string? Transport,
    string? Goals = null)
{
    /// <summary>Longest text kept for any one part.</summary>
    public const int MaxPartLength = 4000;

    /// <summary>The parts a completed profile must have (licences and barriers may honestly be none, so they are optional).</summary>
    public static readonly IReadOnlyList<string> RequiredParts = ["skills", "workHistory", "preferredOccupations", "preferredHours", "transport"];

    /// <summary>The required parts still blank, by field name; empty when the profile is complete.</summary>
    public IReadOnlyList<string> MissingParts()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Skills)) missing.Add("skills");
        if (string.IsNullOrWhiteSpace(WorkHistory)) missing.Add("workHistory");
        if (string.IsNullOrWhiteSpace(PreferredOccupations)) missing.Add("preferredOccupations");
        if (string.IsNullOrWhiteSpace(PreferredHours)) missing.Add("preferredHours");
        if (string.IsNullOrWhiteSpace(Transport)) missing.Add("transport");
        return missing;
    }

    /// <summary>Parts longer than <see cref="MaxPartLength"/>, by field name, with the sentence to show.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        Check("skills", Skills);
        Check("licences", Licences);
        Check("workHistory", WorkHistory);
        Check("preferredOccupations", PreferredOccupations);
        Check("preferredHours", PreferredHours);
        Check("barriers", Barriers);
        Check("transport", Transport);
        Check("goals", Goals);
        return problems;

        void Check(string field, string? value)
        {
            if (value is { Length: > MaxPartLength })
            {
                problems[field] = [$"At most {MaxPartLength} characters."];
            }
        }
    }

    public JobseekerProfileDetails Trimmed() => new(
        Clean(Skills), Clean(Licences), Clean(WorkHistory), Clean(PreferredOccupations), Clean(PreferredHours), Clean(Barriers), Clean(Transport), Clean(Goals));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>
/// A client's Jobseeker Profile: skills, licences, work history, preferred occupations and hours, barriers and transport.
/// One per client; complete when every required part is filled. Edits carry the version read.
/// </summary>
public sealed class JobseekerProfile
{
    private JobseekerProfile()
    {
    }

    public JobseekerProfile(ClientId clientId, JobseekerProfileDetails details, StaffId by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ClientId = clientId;
        Version = 1;
        Apply(details, by, at);
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public string? Skills { get; private set; }

    public string? Licences { get; private set; }

    public string? WorkHistory { get; private set; }

    public string? PreferredOccupations { get; private set; }

    public string? PreferredHours { get; private set; }

    public string? Barriers { get; private set; }

    public string? Transport { get; private set; }

    /// <summary>The client's goals and aspirations (seed 002: work preparation clients have "clearly identified plans relating to their goals and aspirations"); not needed for a complete profile.</summary>
    public string? Goals { get; private set; }

    public bool IsComplete { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public StaffId UpdatedBy { get; private set; }

    public JobseekerProfileDetails Details => new(Skills, Licences, WorkHistory, PreferredOccupations, PreferredHours, Barriers, Transport, Goals);

    /// <summary>Replaces the profile with <paramref name="details"/>; returns the parts that changed (none: nothing saved).</summary>
    public IReadOnlyList<string> Update(JobseekerProfileDetails details, StaffId by, DateTimeOffset at)
    {
        var before = Details;
        var clean = details.Trimmed();
        var changed = new List<string>();
        if (before.Skills != clean.Skills) changed.Add("skills");
        if (before.Licences != clean.Licences) changed.Add("licences");
        if (before.WorkHistory != clean.WorkHistory) changed.Add("workHistory");
        if (before.PreferredOccupations != clean.PreferredOccupations) changed.Add("preferredOccupations");
        if (before.PreferredHours != clean.PreferredHours) changed.Add("preferredHours");
        if (before.Barriers != clean.Barriers) changed.Add("barriers");
        if (before.Transport != clean.Transport) changed.Add("transport");
        if (before.Goals != clean.Goals) changed.Add("goals");
        if (changed.Count > 0)
        {
            Apply(clean, by, at);
            Version++;
        }

        return changed;
    }

    private void Apply(JobseekerProfileDetails details, StaffId by, DateTimeOffset at)
    {
        var clean = details.Trimmed();
        Skills = clean.Skills;
        Licences = clean.Licences;
        WorkHistory = clean.WorkHistory;
        PreferredOccupations = clean.PreferredOccupations;
        PreferredHours = clean.PreferredHours;
        Barriers = clean.Barriers;
        Transport = clean.Transport;
        Goals = clean.Goals;
        IsComplete = clean.MissingParts().Count == 0;
        UpdatedAt = at;
        UpdatedBy = by;
    }
}
