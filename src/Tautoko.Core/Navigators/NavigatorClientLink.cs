using Tautoko.Core.Common;

namespace Tautoko.Core.Navigators;

/// <summary>
/// An ICS case manager's client referred to a Navigator (seed 004 §2.4.2: "ICSMs referred around one quarter of their
/// clients to Navigators"). While the link is open the Navigator sees the client, and only linked clients (R-120).
/// </summary>
public sealed class NavigatorClientLink
{
    private NavigatorClientLink()
    {
    }

    public NavigatorClientLink(Guid id, StaffId navigatorId, StaffId caseManagerId, ClientId clientId, StaffId linkedBy, DateTimeOffset at)
    {
        Id = id;
        NavigatorId = navigatorId;
        CaseManagerId = caseManagerId;
        ClientId = clientId;
        LinkedById = linkedBy;
        LinkedAt = at;
    }

    public Guid Id { get; private set; }

    public StaffId NavigatorId { get; private set; }

    public StaffId CaseManagerId { get; private set; }

    public ClientId ClientId { get; private set; }

    public StaffId LinkedById { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public StaffId? EndedById { get; private set; }

    public void End(StaffId by, DateTimeOffset at)
    {
        if (EndedAt is not null)
        {
            throw new DomainException(new DomainError("navigator-link", "The client is no longer linked to this Navigator."));
        }

        EndedAt = at;
        EndedById = by;
    }
}

/// <summary>How many of one ICS case manager's clients a Navigator supports.</summary>
public static class NavigatorCaseload
{
    /// <summary>
    /// Seed 004 §2.4.2: "Navigator caseloads were capped at a maximum of 15 clients per ICSM at one time"; SPEC §10: "Navigators
    /// take up to 15 of an ICSM's clients"; the issue asks for about 15, warned beyond (not refused).
    /// </summary>
    public const int About = 15;

    public const string Rule = "navigator-15";

    /// <summary>The warning when <paramref name="linked"/> (counting the new one) passes about 15, or null.</summary>
    public static DomainError? WarningFor(int linked) =>
        linked > About
            ? new DomainError(Rule, $"This Navigator now supports {linked} of this ICS case manager's clients; Navigators take up to about {About} (seed 004 §2.4.2).")
            : null;
}
