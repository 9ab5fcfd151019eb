using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Conduit.Connector.Sdk.Records.Json;

/// <summary>
/// A small JSON writer whose output matches Go's <c>encoding/json</c> byte for byte: strings keep
/// non-ASCII characters as UTF-8 and escape <c>&lt; &gt; &amp;</c>, U+2028, U+2029 and control
/// characters with lower-case <c>\u00xx</c>; invalid UTF-8 becomes <c>\ufffd</c>; numbers use
/// <see cref="GoNumberFormatter"/>. <see cref="System.Text.Json.Utf8JsonWriter"/> cannot be made to
/// escape like that, which is why this exists.
/// </summary>
internal sealed class GoJsonWriter(IBufferWriter<byte> output)
{
    private const int StackTranscodeLimit = 256;

    // Printable ASCII that Go writes as is: everything from 0x20 to 0x7F except " \ < > &.
    private static readonly SearchValues<byte> s_plainAscii = SearchValues.Create(
        Enumerable.Range(0x20, 0x60).Select(b => (byte)b).Where(b => b is not ((byte)'"' or (byte)'\\' or (byte)'<' or (byte)'>' or (byte)'&')).ToArray());

    private bool _needsComma;

    public void StartObject()
    {
        Separate();
        WriteByte((byte)'{');
        _needsComma = false;
    }

    public void EndObject()
    {
        WriteByte((byte)'}');
        _needsComma = true;
    }

    public void StartArray()
    {
        Separate();
        WriteByte((byte)'[');
        _needsComma = false;
    }

    public void EndArray()
    {
        WriteByte((byte)']');
        _needsComma = true;
    }

    /// <summary>Writes a property name that is already quoted and needs no escaping, e.g. <c>"position":</c>.</summary>
    public void PropertyNameRaw(ReadOnlySpan<byte> quotedNameWithColon)
    {
        Separate();
        WriteRaw(quotedNameWithColon);
        _needsComma = false;
    }

    public void PropertyName(string name)
    {
        Separate();
        WriteQuoted(name);
        WriteByte((byte)':');
        _needsComma = false;
    }

    public void Null() => Value("null"u8);

    public void Bool(bool value) => Value(value ? "true"u8 : "false"u8);

    public void String(string value)
    {
        Separate();
        WriteQuoted(value);
        _needsComma = true;
    }

    public void StringUtf8(ReadOnlySpan<byte> utf8)
    {
        Separate();
        WriteByte((byte)'"');
        WriteEscaped(utf8);
        WriteByte((byte)'"');
        _needsComma = true;
    }

    public void Base64(ReadOnlySpan<byte> bytes)
    {
        Separate();
        var length = Base64Length(bytes.Length);
        var span = output.GetSpan(length + 2);
        span[0] = (byte)'"';
        System.Buffers.Text.Base64.EncodeToUtf8(bytes, span[1..], out _, out var written);
        span[written + 1] = (byte)'"';
        output.Advance(written + 2);
        _needsComma = true;
    }

    public void Int64(long value)
    {
        Separate();
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
        _needsComma = true;
    }

    public void UInt64(ulong value)
    {
        Separate();
        var span = output.GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        output.Advance(written);
        _needsComma = true;
    }

    /// <summary>Writes a finite number as Go formats a float64 (or a float32 when <paramref name="single"/>).</summary>
    public void Number(double value, bool single)
    {
        Separate();
        var span = output.GetSpan(GoNumberFormatter.MaxLength);
        output.Advance(GoNumberFormatter.Format(value, single, span));
        _needsComma = true;
    }

    /// <summary>Writes a decimal exactly, without trailing zeros in the fraction (Go has no decimal type).</summary>
    public void Decimal(decimal value)
    {
        Separate();
        Span<char> chars = stackalloc char[64];
        value.TryFormat(chars, out var length, default, CultureInfo.InvariantCulture);
        ReadOnlySpan<char> text = chars[..length];
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        if (text is "-0")
        {
            text = "0";
        }

        var span = output.GetSpan(text.Length);
        var written = Encoding.ASCII.GetBytes(text, span);
        output.Advance(written);
        _needsComma = true;
    }

    private static int Base64Length(int length) => System.Buffers.Text.Base64.GetMaxEncodedToUtf8Length(length);

    private void Value(ReadOnlySpan<byte> literal)
    {
        Separate();
        WriteRaw(literal);
        _needsComma = true;
    }

    private void Separate()
    {
        if (_needsComma)
        {
            WriteByte((byte)',');
        }
    }

    private void WriteQuoted(string value)
    {
        WriteByte((byte)'"');
        var maxBytes = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (value.Length <= StackTranscodeLimit)
        {
            Span<byte> utf8 = stackalloc byte[maxBytes];
            WriteEscaped(utf8[..Encoding.UTF8.GetBytes(value, utf8)]);
        }
        else
        {
            var rented = ArrayPool<byte>.Shared.Rent(maxBytes);
            WriteEscaped(rented.AsSpan(0, Encoding.UTF8.GetBytes(value, rented)));
            ArrayPool<byte>.Shared.Return(rented);
        }

        WriteByte((byte)'"');
    }

    private void WriteEscaped(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            var plain = utf8.IndexOfAnyExcept(s_plainAscii);
            if (plain < 0)
            {
                WriteRaw(utf8);
                return;
            }

            WriteRaw(utf8[..plain]);
            utf8 = utf8[plain..];
            var b = utf8[0];
            if (b < 0x80)
            {
                WriteAsciiEscape(b);
                utf8 = utf8[1..];
                continue;
            }

            var status = Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                // Like Go: each byte that does not start a valid sequence becomes one \ufffd.
                WriteRaw("\\ufffd"u8);
                utf8 = utf8[1..];
            }
            else if (rune.Value is 0x2028 or 0x2029)
            {
                WriteRaw(rune.Value == 0x2028 ? "\\u2028"u8 : "\\u2029"u8);
                utf8 = utf8[consumed..];
            }
            else
            {
                WriteRaw(utf8[..consumed]);
                utf8 = utf8[consumed..];
            }
        }
    }

    private void WriteAsciiEscape(byte b)
    {
        switch (b)
        {
            case (byte)'"':
                WriteRaw("\\\""u8);
                break;
            case (byte)'\\':
                WriteRaw("\\\\"u8);
                break;
            case (byte)'\b':
                WriteRaw("\\b"u8);
                break;
            case (byte)'\f':
                WriteRaw("\\f"u8);
                break;
            case (byte)'\n':
                WriteRaw("\\n"u8);
                break;
            case (byte)'\r':
                WriteRaw("\\r"u8);
                break;
            case (byte)'\t':
                WriteRaw("\\t"u8);
                break;
            default:
                const string hex = "0123456789abcdef";
                var span = output.GetSpan(6);
                "\\u00"u8.CopyTo(span);
                span[4] = (byte)hex[b >> 4];
                span[5] = (byte)hex[b & 0xF];
                output.Advance(6);
                break;
        }
    }

    private void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        bytes.CopyTo(output.GetSpan(bytes.Length));
        output.Advance(bytes.Length);
    }
}
