using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;

using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", Login)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithTags("Sign-in")
            .WithSummary("Exchange a staff e-mail and password for a bearer token (`accessToken`, valid 8 hours). Five wrong passwords lock the account for 15 minutes.");
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(LoginRequest request, SignInHandler handler, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem(title: "Enter your e-mail and password", statusCode: StatusCodes.Status400BadRequest);
        }

        return await handler.CheckAsync(request.Email, request.Password, ct) switch
        {
            SignInOutcome.Success success => TypedResults.SignIn(success.Principal, authenticationScheme: BearerTokenDefaults.AuthenticationScheme),
            SignInOutcome.LockedOut => TypedResults.Problem(title: "Account locked", detail: "Too many wrong passwords. Try again in 15 minutes or ask your manager.", statusCode: StatusCodes.Status423Locked),
            _ => TypedResults.Problem(title: "Sign-in failed", detail: "The e-mail or password is not right.", statusCode: StatusCodes.Status401Unauthorized),
        };
    }
}
