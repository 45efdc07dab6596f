using System.Diagnostics.CodeAnalysis;

namespace Tautoko.Core.Common;

/// <summary>Text kept in a column with a length limit.</summary>
public static class TextLimits
{
    /// <summary>The text cut to at most <paramref name="max"/> characters; shorter text and null as they are.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Clip(string? text, int max) => text is not null && text.Length > max ? text[..max] : text;
}
