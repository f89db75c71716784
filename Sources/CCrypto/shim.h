#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

/// EVP_PKEY_ED25519 is a macro of a macro, which Swift does not import.
static inline int ccrypto_pkey_ed25519(void) { return EVP_PKEY_ED25519; }
