namespace Tautoko.Web.Platform.Pages;

/// <summary>A site in a form's drop-down.</summary>
public sealed record SiteOption(Guid Id, string Name);
