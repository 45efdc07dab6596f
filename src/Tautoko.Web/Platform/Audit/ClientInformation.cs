namespace Tautoko.Web.Platform;

/// <summary>
/// What a route declares about client information: whether its answer carries it. Every API route and every
/// page declares one or the other; the audit sweep in the tests fails for a route that does not, and checks that a
/// route which reads client information writes exactly one audit row per read, allowed or refused.
/// </summary>
public interface IClientInformationDeclaration
{
    bool ReadsClientInformation { get; }
}

/// <summary>On a page model: the page shows client information, so every view of it (or refusal) is audited once.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReadsClientInformationAttribute : Attribute, IClientInformationDeclaration
{
    public bool ReadsClientInformation => true;
}

/// <summary>On a page model: the page shows no client information.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReadsNoClientInformationAttribute : Attribute, IClientInformationDeclaration
{
    public bool ReadsClientInformation => false;
}

/// <summary>The declarations for minimal-API endpoints.</summary>
public static class ClientInformationEndpoints
{
    /// <summary>The route answers with client information: each read, allowed or refused, writes one audit row.</summary>
    public static TBuilder ReadsClientInformation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadsClientInformationAttribute());

    /// <summary>The route answers with no client information.</summary>
    public static TBuilder ReadsNoClientInformation<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadsNoClientInformationAttribute());
}
