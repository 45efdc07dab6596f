using System.Net;
using AngleSharp.Html.Parser;

namespace Tautoko.Web.Tests.Production;

/// <summary>A cookie as the server set it (the raw Set-Cookie header), so its flags can be checked.</summary>
public sealed record SetCookie(string Name, string Value, string Raw)
{
    public bool IsSecure => Raw.Split(';').Skip(1).Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<SetCookie> From(HttpResponseMessage response) =>
        [.. (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Select(raw =>
            {
                var pair = raw.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                return new SetCookie(pair[..equals].Trim(), pair[(equals + 1)..].Trim(), raw);
            })];
}

/// <summary>
/// Signs in through the sign-in page with hand-carried cookies (so a Secure cookie is still sent over the
/// loopback http a TLS-terminating proxy would use), with extra headers on every request (X-Forwarded-Proto, Host).
/// Returns every cookie the server set on the way.
/// </summary>
public static class PageSignIn
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage SignInPage, HttpResponseMessage Posted, IReadOnlyList<SetCookie> Cookies)> SignInAsync(
        Uri node, string email, string password, IReadOnlyDictionary<string, string> headers)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = node };
        var page = new HttpRequestMessage(HttpMethod.Get, "/signin");
        foreach (var (name, value) in headers)
        {
            page.Headers.TryAddWithoutValidation(name, value);
        }

        var shown = await http.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        var cookies = SetCookie.From(shown).ToList();
        var document = await Parser.ParseDocumentAsync(await shown.Content.ReadAsStringAsync());
        var token = document.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new InvalidOperationException("The sign-in form has no antiforgery token.");

        var post = new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token }),
        };
        foreach (var (name, value) in headers)
        {
            post.Headers.TryAddWithoutValidation(name, value);
        }

        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        var posted = await http.SendAsync(post);
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        cookies.AddRange(SetCookie.From(posted));
        return (shown, posted, cookies);
    }
}
