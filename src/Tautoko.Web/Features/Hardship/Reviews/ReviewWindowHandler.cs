using Microsoft.EntityFrameworkCore;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Caseloads;
using Tautoko.Core.Common;
using Tautoko.Core.Hardship;
using Tautoko.Data;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Hardship.Reviews;

/// <summary>The review window: three months from notice of the decision by default (000), set by national office.</summary>
public sealed class ReviewWindowHandler(TautokoDbContext db, CurrentStaff me, AuditLog audit, TimeProvider clock)
{
    public async Task<ReviewWindow> CurrentAsync(CancellationToken ct) =>
        (await db.ReviewWindowSettings.AsNoTracking().SingleOrDefaultAsync(ct))?.Window ?? ReviewWindow.Default;

    public async Task<ReviewWindowView> GetAsync(CancellationToken ct)
    {
        var setting = await db.ReviewWindowSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        if (setting is null)
        {
            return new ReviewWindowView(ReviewWindow.DefaultMonths, ReviewWindow.DefaultInternalReviewDays, ReviewWindow.DefaultMonths, null, null);
        }

        var by = await db.Staff.AsNoTracking().Where(s => s.Id == setting.ChangedById).Select(s => s.FirstName + " " + s.LastName).SingleOrDefaultAsync(ct);
        return new ReviewWindowView(setting.Months, setting.InternalReviewDays, ReviewWindow.DefaultMonths, by, setting.ChangedAt);
    }

    public async Task<Outcome<ReviewWindowView>> ChangeAsync(ReviewWindowInput input, CancellationToken ct)
    {
        if (!CaseloadScope.MaySetNationalPolicy(me.Viewer))
        {
            return Failure.Refused(AccessDecision.Refuse(ClientAccessPolicy.RoleRule, "National office sets the review window."));
        }

        var problems = new Dictionary<string, string[]>();
        if (input.Months is not (>= 1 and <= ReviewWindow.MaxMonths))
        {
            problems["months"] = [$"The review window is 1 to {ReviewWindow.MaxMonths} months from the notice of the decision."];
        }

        if (input.InternalReviewDays is not (>= 1 and <= ReviewWindow.MaxInternalReviewDays))
        {
            problems["internalReviewDays"] = [$"An internal review takes 1 to {ReviewWindow.MaxInternalReviewDays} days."];
        }

        if (problems.Count > 0)
        {
            return Failure.Invalid(problems);
        }

        var now = clock.GetUtcNow();
        var setting = await db.ReviewWindowSettings.SingleOrDefaultAsync(ct);
        var before = setting?.Window ?? ReviewWindow.Default;
        if (setting is null)
        {
            db.ReviewWindowSettings.Add(new ReviewWindowSetting(input.Months!.Value, input.InternalReviewDays!.Value, me.Id, now));
        }
        else
        {
            setting.Change(input.Months!.Value, input.InternalReviewDays!.Value, me.Id, now);
        }

        audit.Add(AuditAction.Update, "ReviewWindow", ReviewWindowSetting.SingletonId.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            $"Review window {before.Months} → {input.Months} months; internal review {before.InternalReviewDays} → {input.InternalReviewDays} days");
        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }
}
