using System.Globalization;
using Tautoko.Core.Assignment;
using Tautoko.Core.Caseloads;

namespace Tautoko.Web.Features.Caseloads.Assignment;

/// <summary>
/// A connector's what-ifs for a proposal: another caseload size for a service, case managers assumed on
/// leave, a different mix, other weights. Leave, mix and weights can be applied; another size is for
/// exploring only (the database keeps the real capacity, R-014).
/// </summary>
public sealed record WhatIf(
    Dictionary<CaseManagementService, int>? Capacities,
    IReadOnlyList<Guid>? OnLeave,
    CohortMix? Mix,
    AssignmentWeights? Weights)
{
    public static WhatIf None { get; } = new(null, null, null, null);

    public bool ChangesCapacity => Capacities is { Count: > 0 };

    public bool IsEmpty => !ChangesCapacity && OnLeave is not { Count: > 0 } && Mix is null && Weights is null;

    public string Describe()
    {
        var parts = new List<string>();
        if (Capacities is { Count: > 0 } capacities)
        {
            parts.AddRange(capacities.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key.ShortName()} caseloads of {c.Value}")));
        }

        if (OnLeave is { Count: > 0 } leave)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{leave.Count} case manager(s) assumed on leave"));
        }

        if (Mix is { } mix)
        {
            parts.Add($"mix {mix}");
        }

        if (Weights is not null)
        {
            parts.Add("other weights");
        }

        return parts.Count == 0 ? "none" : string.Join("; ", parts);
    }
}
