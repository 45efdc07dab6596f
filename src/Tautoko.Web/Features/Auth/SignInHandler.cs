using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tautoko.Core.Audit;
using Tautoko.Data;
using Tautoko.Data.Identity;

namespace Tautoko.Web.Features.Auth;

public abstract record SignInOutcome
{
    public sealed record Success(ClaimsPrincipal Principal) : SignInOutcome;

    public sealed record LockedOut : SignInOutcome;

    public sealed record Failed : SignInOutcome;
}

/// <summary>Checks a staff member's password with lockout, and audits every attempt.</summary>
public sealed class SignInHandler(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    TautokoDbContext db,
    TimeProvider clock,
    IHttpContextAccessor http,
    ILogger<SignInHandler> logger)
{
    public async Task<SignInOutcome> CheckAsync(string? email, string? password, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            await AuditAsync(null, email, AuditAction.SignInFailed, "Unknown account or empty password", ct);
            return new SignInOutcome.Failed();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await AuditAsync(user, email, AuditAction.SignInFailed, "Locked out", ct);
            logger.LogWarning("Sign-in for {UserId} refused: locked out", user.Id);
            return new SignInOutcome.LockedOut();
        }

        if (!result.Succeeded)
        {
            await AuditAsync(user, email, AuditAction.SignInFailed, "Wrong password", ct);
            return new SignInOutcome.Failed();
        }

        await AuditAsync(user, email, AuditAction.SignIn, null, ct);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return new SignInOutcome.Success(principal);
    }

    private async Task AuditAsync(StaffUser? user, string? email, AuditAction action, string? detail, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry(
            clock.GetUtcNow(), user?.StaffId, email?.Trim() ?? string.Empty, action, "Account", user?.Id.ToString(), null, detail,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString(), false));
        await db.SaveChangesAsync(ct);
    }
}
