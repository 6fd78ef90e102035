#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define LINE_MAX_LEN 512

static int is_palindrome(const char *text) {
    int left = 0;
    int right = (int)strlen(text) - 1;
    while (left < right) {
        while (left < right && !isalnum((unsigned char)text[left])) {
            left++;
        }
        while (left < right && !isalnum((unsigned char)text[right])) {
            right--;
        }
        if (tolower((unsigned char)text[left]) != tolower((unsigned char)text[right])) {
            return 0;
        }
        left++;
        right--;
    }
    return 1;
}

static void reverse_words(char *line) {
    char *words[LINE_MAX_LEN];
    int count = 0;
    char *token = strtok(line, " \t\n");
    while (token != NULL) {
        words[count++] = token;
        token = strtok(NULL, " \t\n");
    }
    for (int i = count - 1; i >= 0; i--) {
        printf("%s%s", words[i], i > 0 ? " " : "");
    }
    printf("\n");
}

int main(void) {
    char line[LINE_MAX_LEN];
    int palindromes = 0;
    int lines = 0;
    while (fgets(line, sizeof line, stdin) != NULL) {
        lines++;
        if (is_palindrome(line)) {
            palindromes++;
            printf("palindrome: ");
        }
        reverse_words(line);
    }
    printf("%d of %d lines are palindromes\n", palindromes, lines);
    return 0;
}
