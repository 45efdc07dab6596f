using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Tautoko.Core.Common;
using Tautoko.Web.Platform;

namespace Tautoko.Web.Features.Auth;

public sealed record LoginRequest([Required] string? Email, [Required] string? Password);

public static class AuthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", Login).ReadsNoClientInformation()
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithTags("Sign-in")
            .WithName("signIn")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status423Locked)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Exchange a staff e-mail and password for a bearer token (`accessToken`, valid 8 hours). Five wrong passwords lock the account for 15 minutes.");
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(LoginRequest request, SignInHandler handler, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem(title: "Enter your e-mail and password", statusCode: StatusCodes.Status400BadRequest);
        }

        var signedIn = await handler.CheckAsync(request.Email, request.Password, ct);
        return signedIn.Failure switch
        {
            null => TypedResults.SignIn(signedIn.Value, authenticationScheme: BearerTokenDefaults.AuthenticationScheme),
            Failure.AccessRefused { Decision.Rule: SignInHandler.LockedOutRule } locked =>
                TypedResults.Problem(title: "Account locked", detail: locked.Message, statusCode: StatusCodes.Status423Locked),
            var failed => TypedResults.Problem(title: "Sign-in failed", detail: failed.Message, statusCode: StatusCodes.Status401Unauthorized),
        };
    }
}
