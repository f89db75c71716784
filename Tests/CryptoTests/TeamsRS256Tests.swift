import Crypto
import Foundation
import Testing

/// RS256 as the Bot Connector signs its tokens, checked through OpenSSL against a token PyJWT signed with a 2048-bit
/// test key (its JWK's `n` and `e` below).
@Suite struct TeamsRS256Tests {
    static let n = "25B-OtafEEnGhUFNImX7a6Jw6_Bhp6BYQ-fmUrquVzqEjDiKBjWkr5SZkeEvp8ps5bLc9L_rWUlbAAIePIoWPw_iYPHj_6jVxFin_9JEX5yn3YioY7uB-B8_t_zaI_1HD4URE8pGWFpfOv8D_vv1u84hoxHDjA2fAb1xcsY4r-Qc2t92Tzu9CGjs4zbyGJHz_PbWcN0OjqgsmUhYcgM61PUFGBg91V8k6Swhx4m2KuQPuTIHySGP-NArhIS7WOCyDs9Gx3p5jp52YxVMnh8QYuitzrMs4tLvmonBbehU8DbBtCHHJbiBxEJlDsI_FfEAtxQbD2iBOt6z4154_nJOzw"
    static let e = "AQAB"
    static let token = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImZpeHR1cmUta2V5IiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoibWVudG9yZC1hcHAtaWQiLCJzZXJ2aWNldXJsIjoiaHR0cHM6Ly9zbWJhLnRyYWZmaWNtYW5hZ2VyLm5ldC9hbWVyLyIsImV4cCI6MTc5NjAwMDAwMH0.z0BhHlyeQaidYH4Wvws1gqLyN0EqBLwoNcugUFkAiEOYhzcEDPznDFbI-TW3KpC-qv3W4oqIaW8Fd_POr1ZjzFX8vc_0hsm9h-rmYR6meLLqWmRUiuz9pW6y8N7-LmZ1idiAL9mVCz3mWlLafMnjoDwseWOx8VlOQIcVvVs_AgzsckE_rhwObGoj1LUgRv3xuDCtd2x5uNEOI4X9AAfR3UPlV2v6C6EPVn_GD3l6Q15Qzo-OGu_r5pCMyaQ4nmy04jl3pmVUMQyi1d9Js2Oy9avACkQdWDFDWvmcYJuXyX6s9tcVdiap3XNXJwZ8oJkhdEo2lflZTFq1oc169KbhoQ"
    /// The same claims under HS256 with the secret `secret`: the algorithm confusion an attacker would try.
    static let hmacToken = "eyJhbGciOiJIUzI1NiIsImtpZCI6ImZpeHR1cmUta2V5IiwidHlwIjoiSldUIn0.eyJpc3MiOiJ4In0.b3Je735GskVT_blHgBG4UzZu3WlukcSt_xqXldQn89I"
    /// A 1024-bit modulus, too short for RS256.
    static let shortN = "wetBXNhU14H73yZ3DyCNn4Wdi8d5pXQjs4Fv_UOLNlmWQeNSnpvc0SkySjiCOW0JLAMJ1_2v35qkhrT0EGP9E22BLSs5zMsw26cTwdecle8nruToU4tSVlmeCpeGawTMuBv4hAt1w6sD8878YxEYHvc4jwYG1zzmmU2nWkgqcic"

    func key() throws -> RSAPublicKey {
        let modulus = try #require(Base64URL.decode(Self.n)), exponent = try #require(Base64URL.decode(Self.e))
        return try #require(RSAPublicKey(modulus: modulus, exponent: exponent))
    }

    @Test func aTokenPyJWTSignedVerifiesWithTheKeyBuiltFromItsJWK() throws {
        let token = try #require(JSONWebToken(compact: Self.token))
        #expect(token.header.alg == "RS256" && token.header.kid == "fixture-key")
        #expect(token.isSignedRS256(by: try key()))
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(token.payload)) as? [String: Any])
        #expect(claims["aud"] as? String == "mentord-app-id")
    }

    @Test func aTokenWhosePayloadWasChangedDoesNotVerify() throws {
        var parts = Self.token.split(separator: ".").map(String.init)
        parts[1] = Base64URL.encode(Array(#"{"iss":"https://api.botframework.com","aud":"someone-else","exp":1796000000}"#.utf8))
        let forged = try #require(JSONWebToken(compact: parts.joined(separator: ".")))
        #expect(!forged.isSignedRS256(by: try key()))
    }

    @Test func anHS256TokenIsNeverTakenForAnRS256One() throws {
        let token = try #require(JSONWebToken(compact: Self.hmacToken))
        #expect(!token.isSignedRS256(by: try key()))
    }

    @Test func aKeyShorterThan2048BitsIsRefused() throws {
        let short = try #require(Base64URL.decode(Self.shortN))
        #expect(RSAPublicKey(modulus: short, exponent: [1, 0, 1]) == nil)
        #expect(RSAPublicKey(modulus: [], exponent: [1, 0, 1]) == nil)
    }

    @Test func malformedTokensAreNotTokens() {
        for text in ["", "a.b", "a.b.c.d", "!!.e30.AA", "e30.e30", Self.token + ".x"] {
            #expect(JSONWebToken(compact: text) == nil, "\(text)")
        }
    }

    @Test func base64URLDecodesWithOrWithoutPaddingAndRefusesTheStandardAlphabet() {
        #expect(Base64URL.decode("AQAB") == [1, 0, 1])
        #expect(Base64URL.decode("_-8") == [0xff, 0xef])
        #expect(Base64URL.decode("_-8=") == [0xff, 0xef])
        #expect(Base64URL.decode("/+8=") == nil)
        #expect(Base64URL.encode([0xff, 0xef]) == "_-8")
    }
}
