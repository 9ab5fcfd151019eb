namespace Conduit.Connector.Sdk.Testing.Handshaking;

/// <summary>
/// Go's <c>base64.RawStdEncoding</c>: the standard alphabet without <c>=</c> padding. go-plugin
/// decodes the handshake certificate with it, so a padded value fails there.
/// </summary>
internal static class RawBase64
{
    public static bool TryDecode(string text, out byte[] bytes, out string error)
    {
        bytes = [];
        // Go's decoders skip line breaks; nothing else outside the alphabet is allowed.
        var clean = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (c == '=')
            {
                error = $"illegal base64 data at input byte {i}: '=' padding is not allowed (go-plugin uses unpadded RawStdEncoding)";
                return false;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '/')
            {
                error = $"illegal base64 data at input byte {i}";
                return false;
            }
        }

        if (clean.Length % 4 == 1)
        {
            error = $"illegal base64 data at input byte {clean.Length - 1}: truncated";
            return false;
        }

        var padded = clean.Length % 4 == 0 ? clean : clean + new string('=', 4 - (clean.Length % 4));
        bytes = Convert.FromBase64String(padded);
        error = string.Empty;
        return true;
    }
}
