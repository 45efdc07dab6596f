namespace Tautoko.Core.Clients;

/// <summary>Client numbers are nine digits; people type them with or without dashes or spaces.</summary>
public static class ClientNumbers
{
    public static string Normalise(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var allowed = text.All(c => char.IsAsciiDigit(c) || c is '-' or ' ');
        return allowed && Normalise(text).Length == 9;
    }

    public static string Format(string digits) =>
        digits.Length == 9 ? $"{digits[..3]}-{digits[3..6]}-{digits[6..]}" : digits;
}
