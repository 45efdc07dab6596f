using Tautoko.Core.Common;

namespace Tautoko.Core.Audit;

/// <summary>
/// A named role opened a client outside their scope, stating why. The grant lasts a working
/// shift and is reported to the manager of the client's home site.
/// </summary>
public sealed class BreakGlassAccess
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    private BreakGlassAccess()
    {
        Reason = string.Empty;
    }

    public BreakGlassAccess(Guid id, StaffId staffId, ClientId clientId, SiteId clientHomeSiteId, string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 10)
        {
            throw new DomainException(new DomainError("break-glass", "State the reason for opening this record (at least 10 characters)."));
        }

        Id = id;
        StaffId = staffId;
        ClientId = clientId;
        ClientHomeSiteId = clientHomeSiteId;
        Reason = reason.Trim();
        At = at;
        ExpiresAt = at + Lifetime;
    }

    public Guid Id { get; private set; }

    public StaffId StaffId { get; private set; }

    public ClientId ClientId { get; private set; }

    public SiteId ClientHomeSiteId { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public StaffId? ReviewedById { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => now < ExpiresAt;

    public void MarkReviewed(StaffId manager, DateTimeOffset at)
    {
        ReviewedAt ??= at;
        ReviewedById ??= manager;
    }
}
