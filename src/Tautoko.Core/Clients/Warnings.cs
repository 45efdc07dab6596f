using Tautoko.Core.Common;

namespace Tautoko.Core.Clients;

public enum SpecialCautionKind
{
    ThreatOrViolence = 0,
    SafetyOfStaff = 1,
    HealthOrWellbeing = 2,
    SelfHarmRisk = 3,
    Other = 4,
}

public static class SpecialCautionKinds
{
    public static string DisplayName(this SpecialCautionKind kind) => kind switch
    {
        SpecialCautionKind.ThreatOrViolence => "Threat or violence",
        SpecialCautionKind.SafetyOfStaff => "Safety of staff",
        SpecialCautionKind.HealthOrWellbeing => "Health or wellbeing",
        SpecialCautionKind.SelfHarmRisk => "Risk of self-harm",
        SpecialCautionKind.Other => "Other",
    };
}

/// <summary>R-121: a special caution is shown before anyone acts on the record.</summary>
public sealed class SpecialCaution
{
    private SpecialCaution()
    {
        Text = string.Empty;
    }

    public SpecialCaution(Guid id, ClientId clientId, SpecialCautionKind kind, string text, StaffId addedBy, DateTimeOffset addedAt)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(new DomainError("R-121", "A special caution needs its text."));
        }

        Id = id;
        ClientId = clientId;
        Kind = kind;
        Text = text.Trim();
        AddedById = addedBy;
        AddedAt = addedAt;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public SpecialCautionKind Kind { get; private set; }

    public string Text { get; private set; }

    public StaffId AddedById { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => EndedAt is null;

    public void End(DateTimeOffset at) => EndedAt ??= at;
}

/// <summary>R-121: a must-view note is shown before anything else on the record.</summary>
public sealed class MustViewNote
{
    private MustViewNote()
    {
        Text = string.Empty;
    }

    public MustViewNote(Guid id, ClientId clientId, string text, StaffId addedBy, DateTimeOffset addedAt, DateOnly? expires)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(new DomainError("R-121", "A must-view note needs its text."));
        }

        Id = id;
        ClientId = clientId;
        Text = text.Trim();
        AddedById = addedBy;
        AddedAt = addedAt;
        Expires = expires;
    }

    public Guid Id { get; private set; }

    public ClientId ClientId { get; private set; }

    public string Text { get; private set; }

    public StaffId AddedById { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public DateOnly? Expires { get; private set; }

    public bool IsActiveOn(DateOnly date) => Expires is null || Expires >= date;
}
