namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>
/// Caps on the text of one log line. go-plugin reads stderr with a 64 KiB line buffer and logs longer
/// lines raw, so a line is formatted again with tighter caps until it fits.
/// </summary>
/// <param name="Message">Most characters of <c>@message</c>.</param>
/// <param name="Exception">Most characters of the exception text.</param>
/// <param name="Field">Most characters of any other string value.</param>
/// <param name="IncludeFields">Whether structured state and scope fields are written at all.</param>
internal readonly record struct HclogLineLimits(int Message, int Exception, int Field, bool IncludeFields)
{
    /// <summary>The longest line we write, newline included; a little under go-plugin's 64 KiB buffer.</summary>
    public const int MaxLineBytes = (64 * 1024) - 512;

    /// <summary>The caps tried in order; the last one always fits (at most 6 bytes per escaped character).</summary>
    public static readonly HclogLineLimits[] Steps =
    [
        new(32 * 1024, 32 * 1024, 8 * 1024, IncludeFields: true),
        new(4 * 1024, 4 * 1024, 512, IncludeFields: true),
        new(1024, 1024, 128, IncludeFields: false),
    ];
}
