using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tautoko.Core.Access;
using Tautoko.Core.Audit;
using Tautoko.Core.Common;
using Tautoko.Data;
using Tautoko.Data.Identity;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Auth;

/// <summary>
/// Checks a staff member's password with lockout, and audits every attempt. Done is the signed-in principal; a refusal
/// names <see cref="WrongCredentialsRule"/> or <see cref="LockedOutRule"/>, which the sign-in endpoint and page answer as
/// authentication (401, 423) rather than authorisation.
/// </summary>
public sealed class SignInHandler(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    TautokoDbContext db,
    AuditLog audit,
    IHttpContextAccessor http,
    ILogger<SignInHandler> logger)
{
    public const string WrongCredentialsRule = "sign-in";

    public const string LockedOutRule = "lockout";

    private static readonly Failure WrongCredentials = Failure.Refused(AccessDecision.Refuse(WrongCredentialsRule, "The e-mail or password is not right."));

    private static readonly Failure LockedOut = Failure.Refused(AccessDecision.Refuse(LockedOutRule, "Too many wrong passwords. Try again in 15 minutes or ask your manager."));

    public async Task<Outcome<ClaimsPrincipal>> CheckAsync(string? email, string? password, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(password))
        {
            await AuditAsync(null, email, AuditAction.SignInFailed, "Unknown account or empty password", ct);
            return WrongCredentials;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await AuditAsync(user, email, AuditAction.SignInFailed, "Locked out", ct);
            logger.LogWarning("Sign-in for {UserId} refused: locked out", user.Id);
            return LockedOut;
        }

        if (!result.Succeeded)
        {
            await AuditAsync(user, email, AuditAction.SignInFailed, "Wrong password", ct);
            return WrongCredentials;
        }

        await AuditAsync(user, email, AuditAction.SignIn, null, ct);
        return await signIn.CreateUserPrincipalAsync(user);
    }

    private async Task AuditAsync(StaffUser? user, string? email, AuditAction action, string? detail, CancellationToken ct)
    {
        // Nobody is signed in yet: the attempt is recorded as the account it named, from the address it came from.
        var actor = new Actor(user?.StaffId, email?.Trim() ?? string.Empty, http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        audit.Add(actor, action, "Account", user?.Id.ToString(), null, detail);
        await db.SaveChangesAsync(ct);
    }
}
