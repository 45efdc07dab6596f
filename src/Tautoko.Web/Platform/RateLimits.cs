namespace Tautoko.Web.Platform;

/// <summary>The named rate-limit policies endpoints and pages opt into; the host defines each.</summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts (POSTs) per minute per address.</summary>
    public const string SignIn = "sign-in";
}
