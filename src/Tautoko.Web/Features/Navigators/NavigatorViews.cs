using System.ComponentModel.DataAnnotations;

namespace Tautoko.Web.Features.Navigators;

/// <summary>National office records a Navigator's contract: the Navigator (staff role Navigator), the NGO provider, the ICS case manager at the Navigator's site.</summary>
public sealed record ContractInput([Required] Guid? NavigatorId, [Required] string? Provider, [Required] Guid? CaseManagerId);

public sealed record ContractView(Guid Id, Guid NavigatorId, string NavigatorName, string Provider, Guid CaseManagerId, string CaseManagerName, Guid SiteId, string SiteName, int LinkedClients, int About, bool OverAbout, DateTimeOffset RecordedAt);

public sealed record ContractList(IReadOnlyList<ContractView> Contracts);

/// <summary>An ICS case manager links one of their ICS clients to a Navigator they work with.</summary>
public sealed record LinkInput([Required] Guid? ClientId);

public sealed record LinkedClientView(Guid LinkId, Guid ClientId, string ClientName, string ClientNumber, Guid CaseManagerId, string CaseManagerName, DateTimeOffset LinkedAt);

public sealed record NavigatorClients(Guid NavigatorId, string NavigatorName, IReadOnlyList<LinkedClientView> Clients);

/// <summary>The link made, with a warning (rule navigator-15) when the Navigator now supports more than about 15 of the case manager's clients.</summary>
public sealed record LinkDone(Guid LinkId, Guid NavigatorId, Guid ClientId, int LinkedWithCaseManager, string? Warning, string? WarningRule);

public sealed record UnlinkDone(Guid LinkId, DateTimeOffset EndedAt);

/// <summary>A whānau member supported alongside the client.</summary>
public sealed record WhanauInput([Required] string? Name, [Required] string? Relationship);

public sealed record WhanauView(Guid Id, string Name, string Relationship, DateTimeOffset RecordedAt, DateTimeOffset? EndedAt);

/// <summary>The client's whānau, and whether they count in the ICS caseload of 60 (R-118, national office's setting).</summary>
public sealed record WhanauList(Guid ClientId, IReadOnlyList<WhanauView> Members, bool CountInCaseload);

/// <summary>National office's ICS setting: whether whānau members count in the caseload of 60 (R-118, off by default).</summary>
public sealed record IcsSettingsView(bool WhanauCountInCaseload, bool IsDefault, int Version, DateTimeOffset? UpdatedAt, string? UpdatedBy);

public sealed record IcsSettingsInput([Required] bool? WhanauCountInCaseload, [Required] int? Version);

/// <summary>An ICS case manager's caseload as R-118 counts it: clients, whānau supported alongside them, and the count the capacity check uses.</summary>
public sealed record IcsCaseloadCountView(Guid CaseManagerId, int Capacity, int Clients, int Whanau, bool WhanauCounted, int Count);
