using Tautoko.Core.Common;

namespace Tautoko.Core.Audit;

public enum AuditAction
{
    Read = 0,
    Create = 1,
    Update = 2,
    AddNote = 3,
    AddTag = 4,
    RemoveTag = 5,
    AccessRefused = 6,
    BreakGlass = 7,
    Search = 8,
    SignIn = 9,
    SignInFailed = 10,
    AddWarning = 11,

    /// <summary>A list or report downloaded as a file (CSV or XLSX): the detail says which, how many rows, in which format.</summary>
    Export = 12,
}

/// <summary>R-120: who read or changed what, when, and from where. Never updated, never deleted.</summary>
public sealed class AuditEntry
{
    /// <summary>Longest detail kept.</summary>
    public const int MaxDetailLength = 1000;

    /// <summary>Longest entity id kept (an id, or the path of a route read).</summary>
    public const int MaxEntityIdLength = 60;

    private AuditEntry()
    {
        UserName = string.Empty;
        Entity = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, StaffId? staffId, string userName, AuditAction action, string entity, string? entityId, ClientId? clientId, string? detail, string? remoteAddress, bool viaBreakGlass)
    {
        At = at;
        StaffId = staffId;
        UserName = userName;
        Action = action;
        Entity = entity;
        EntityId = entityId;
        ClientId = clientId;
        Detail = detail;
        RemoteAddress = remoteAddress;
        ViaBreakGlass = viaBreakGlass;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public StaffId? StaffId { get; private set; }

    public string UserName { get; private set; }

    public AuditAction Action { get; private set; }

    public string Entity { get; private set; }

    public string? EntityId { get; private set; }

    public ClientId? ClientId { get; private set; }

    public string? Detail { get; private set; }

    public string? RemoteAddress { get; private set; }

    public bool ViaBreakGlass { get; private set; }
}
