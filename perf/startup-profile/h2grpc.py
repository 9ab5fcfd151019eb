"""A tiny gRPC-over-HTTP/2-cleartext client for unary calls, standard library only.

Enough to time the first call of a freshly started plugin and to check that its services answer; not a
general HTTP/2 implementation: one call per connection, no flow-control accounting beyond the defaults,
no Huffman decoding (the client announces a header table of size 0 and Kestrel never Huffman-encodes).
"""

import socket
import struct

PREFACE = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"
DATA, HEADERS, RST_STREAM, SETTINGS, PING, GOAWAY, WINDOW_UPDATE = 0x0, 0x1, 0x3, 0x4, 0x6, 0x7, 0x8
END_STREAM, END_HEADERS, PADDED, PRIORITY = 0x1, 0x4, 0x8, 0x20

STATIC_TABLE = [
    (":authority", ""), (":method", "GET"), (":method", "POST"), (":path", "/"), (":path", "/index.html"),
    (":scheme", "http"), (":scheme", "https"), (":status", "200"), (":status", "204"), (":status", "206"),
    (":status", "304"), (":status", "400"), (":status", "404"), (":status", "500"), ("accept-charset", ""),
    ("accept-encoding", "gzip, deflate"), ("accept-language", ""), ("accept-ranges", ""), ("accept", ""),
    ("access-control-allow-origin", ""), ("age", ""), ("allow", ""), ("authorization", ""),
    ("cache-control", ""), ("content-disposition", ""), ("content-encoding", ""), ("content-language", ""),
    ("content-length", ""), ("content-location", ""), ("content-range", ""), ("content-type", ""),
    ("cookie", ""), ("date", ""), ("etag", ""), ("expect", ""), ("expires", ""), ("from", ""), ("host", ""),
    ("if-match", ""), ("if-modified-since", ""), ("if-none-match", ""), ("if-range", ""),
    ("if-unmodified-since", ""), ("last-modified", ""), ("link", ""), ("location", ""), ("max-forwards", ""),
    ("proxy-authenticate", ""), ("proxy-authorization", ""), ("range", ""), ("referer", ""), ("refresh", ""),
    ("retry-after", ""), ("server", ""), ("set-cookie", ""), ("strict-transport-security", ""),
    ("transfer-encoding", ""), ("user-agent", ""), ("vary", ""), ("via", ""), ("www-authenticate", ""),
]


class GrpcError(Exception):
    pass


def _frame(kind, flags, stream, payload=b""):
    return struct.pack(">I", len(payload))[1:] + bytes([kind, flags]) + struct.pack(">I", stream) + payload


def _literal(name, value):
    def string(text):
        data = text.encode()
        assert len(data) < 127
        return bytes([len(data)]) + data
    return b"\x00" + string(name) + string(value)  # literal without indexing, new name, no Huffman


def _integer(data, pos, prefix_bits):
    mask = (1 << prefix_bits) - 1
    value = data[pos] & mask
    pos += 1
    if value < mask:
        return value, pos
    shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value += (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def _string(data, pos):
    if data[pos] & 0x80:
        raise GrpcError("Huffman-encoded header: not supported by this client")
    length, pos = _integer(data, pos, 7)
    return data[pos:pos + length].decode(), pos + length


def _decode_headers(block):
    headers, pos = [], 0
    while pos < len(block):
        byte = block[pos]
        if byte & 0x80:  # indexed
            index, pos = _integer(block, pos, 7)
            headers.append(STATIC_TABLE[index - 1])
        elif byte & 0xE0 == 0x20:  # dynamic table size update
            _, pos = _integer(block, pos, 5)
        else:
            prefix = 6 if byte & 0x40 else 4
            index, pos = _integer(block, pos, prefix)
            if index:
                name = STATIC_TABLE[index - 1][0]
            else:
                name, pos = _string(block, pos)
            value, pos = _string(block, pos)
            headers.append((name, value))
    return headers


def connect(address, timeout=10.0):
    """address: a unix socket path, or HOST:PORT."""
    if address.startswith("/"):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        sock.connect(address)
    else:
        host, port = address.rsplit(":", 1)
        sock = socket.create_connection((host, int(port)), timeout=timeout)
    return sock


def unary(address, path, request=b"", timeout=10.0):
    """Calls /package.Service/Method; returns the response message bytes or raises GrpcError(status, message)."""
    sock = connect(address, timeout)
    try:
        settings = struct.pack(">HI", 0x1, 0) + struct.pack(">HI", 0x2, 0)  # header table 0, no push
        headers = b"".join(_literal(n, v) for n, v in [
            (":method", "POST"), (":scheme", "http"), (":path", path), (":authority", "localhost"),
            ("content-type", "application/grpc"), ("te", "trailers")])
        body = b"\x00" + struct.pack(">I", len(request)) + request
        sock.sendall(PREFACE + _frame(SETTINGS, 0, 0, settings) + _frame(HEADERS, END_HEADERS, 1, headers)
                     + _frame(DATA, END_STREAM, 1, body))
        buffer, received, fields = b"", b"", {}
        while True:
            while len(buffer) < 9:
                chunk = sock.recv(65536)
                if not chunk:
                    raise GrpcError("connection closed")
                buffer += chunk
            length = int.from_bytes(buffer[0:3], "big")
            kind, flags, stream = buffer[3], buffer[4], int.from_bytes(buffer[5:9], "big") & 0x7FFFFFFF
            while len(buffer) < 9 + length:
                chunk = sock.recv(65536)
                if not chunk:
                    raise GrpcError("connection closed")
                buffer += chunk
            payload, buffer = buffer[9:9 + length], buffer[9 + length:]
            if kind == SETTINGS and not flags & 0x1:
                sock.sendall(_frame(SETTINGS, 0x1, 0))
            elif kind == PING and not flags & 0x1:
                sock.sendall(_frame(PING, 0x1, 0, payload))
            elif kind == GOAWAY:
                raise GrpcError(f"GOAWAY {payload[4:8].hex()} {payload[8:]!r}")
            elif kind == RST_STREAM and stream == 1:
                raise GrpcError(f"RST_STREAM {payload.hex()}")
            elif kind in (HEADERS, DATA) and stream == 1:
                if flags & PADDED:
                    payload = payload[1:len(payload) - payload[0]]
                if kind == HEADERS:
                    if flags & PRIORITY:
                        payload = payload[5:]
                    if not flags & END_HEADERS:
                        raise GrpcError("CONTINUATION frames: not supported by this client")
                    fields.update(_decode_headers(payload))
                else:
                    received += payload
                if flags & END_STREAM:
                    break
        status = int(fields.get("grpc-status", "-1"))
        if status != 0:
            raise GrpcError(status, fields.get("grpc-message", ""))
        if len(received) < 5:
            raise GrpcError("no response message")
        size = int.from_bytes(received[1:5], "big")
        return received[5:5 + size]
    finally:
        sock.close()


def proto_string(field, text):
    data = text.encode()
    return _varint(field << 3 | 2) + _varint(len(data)) + data


def proto_map_entry(field, key, value):
    entry = proto_string(1, key) + proto_string(2, value)
    return _varint(field << 3 | 2) + _varint(len(entry)) + entry


def _varint(value):
    out = b""
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out += bytes([byte | 0x80])
        else:
            return out + bytes([byte])
